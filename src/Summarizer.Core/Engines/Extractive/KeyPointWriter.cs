using Summarizer.Core.Text;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Turns the best-ranked sentences the summary did not use into up to seven bullets that add to it: sentences of a
/// readable length that stand on their own, none repeating or nearly repeating a summary sentence or another bullet,
/// in article order. An article with few distinct facts gets few bullets, or none. English bullets are shortened by
/// <see cref="SentenceCompressor"/> like summary sentences.
/// </summary>
internal static class KeyPointWriter
{
    public const int MaxPoints = 7;
    private const int MinPointsTarget = 3;
    private const int MaxPointWords = 35;
    private const double PointRedundancy = 0.45;

    public static List<string> Write(
        AnalyzedDocument document, int[] order, SentenceGraph graph, IReadOnlyList<int> summary, bool english, ExtractiveWeights weights)
    {
        // Roughly one bullet per six sentences: a short report gets three at most, a long feature seven.
        var target = Math.Clamp((int)Math.Round(document.Sentences.Count / 6.0), MinPointsTarget, MaxPoints);
        var taken = new List<int>(summary);
        var points = new List<int>();
        foreach (var i in order)
        {
            if (points.Count >= target)
            {
                break;
            }

            var text = document.Sentences[i].Text;
            var standsAlone = document.WordCount(i) >= weights.MinWords && document.WordCount(i) <= MaxPointWords
                && document.QuotedFractions[i] <= 0.5
                && !(english && (DependentOpening.Applies(text) || BackReference.Applies(text)));
            if (standsAlone && document.Vectors[i].Norm > 0 && !taken.Contains(i)
                && !SentenceSelector.IsRedundant(i, taken, document, graph, PointRedundancy))
            {
                taken.Add(i);
                points.Add(i);
            }
        }

        points.Sort();
        return points.ConvertAll(i =>
        {
            var text = TextApparatus.WithoutCitationMarkers(document.Sentences[i].Text);
            return english ? SentenceCompressor.Compress(text) : text;
        });
    }
}
