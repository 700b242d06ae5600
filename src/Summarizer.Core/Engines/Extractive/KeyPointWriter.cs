namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Turns the best-ranked sentences into 3–7 bullets that stand on their own: sentences of a readable length, none
/// repeating another, in article order. English bullets are shortened by <see cref="SentenceCompressor"/> (leading
/// connectives, asides and unquoted attributions go; quotes keep theirs, since who said it is the point).
/// </summary>
internal static class KeyPointWriter
{
    public const int MinPoints = 3;
    public const int MaxPoints = 7;
    private const int MaxPointWords = 35;
    private const double PointRedundancy = 0.45;

    public static List<string> Write(AnalyzedDocument document, int[] order, SentenceGraph graph, bool english, ExtractiveWeights weights)
    {
        // Roughly one bullet per six sentences: a short report gets three, a long feature seven.
        var target = Math.Clamp((int)Math.Round(document.Sentences.Count / 6.0), MinPoints, MaxPoints);
        var chosen = new List<int>(target);
        foreach (var relaxed in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var candidate in order)
            {
                if (chosen.Count >= target)
                {
                    break;
                }

                var words = document.WordCount(candidate);
                var fits = words >= weights.MinWords && words <= MaxPointWords
                    && QuotedSpeech.Fraction(document.Sentences[candidate].Text) <= 0.5
                    && !(english && DependentOpening.Applies(document.Sentences[candidate].Text));
                if ((!relaxed && !fits) || chosen.Contains(candidate) || document.Vectors[candidate].Norm == 0
                    || chosen.Exists(c => graph.Similarity(c, candidate) > PointRedundancy
                        || document.Sentences[c].Text.Equals(document.Sentences[candidate].Text, StringComparison.Ordinal)))
                {
                    continue;
                }

                chosen.Add(candidate);
            }
        }

        chosen.Sort();
        return chosen.ConvertAll(i => english ? SentenceCompressor.Compress(document.Sentences[i].Text) : document.Sentences[i].Text);
    }
}
