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
        var chosen = BestFirst.Pick(
            order,
            isWellShaped: i => document.WordCount(i) >= weights.MinWords && document.WordCount(i) <= MaxPointWords
                && QuotedSpeech.Fraction(document.Sentences[i].Text) <= 0.5
                && !(english && DependentOpening.Applies(document.Sentences[i].Text)),
            fits: (i, taken) => document.Vectors[i].Norm > 0
                && !SentenceSelector.IsRedundant(i, taken, document, graph, PointRedundancy),
            isFull: taken => taken.Count >= target);

        chosen.Sort();
        return chosen.ConvertAll(i => english ? SentenceCompressor.Compress(document.Sentences[i].Text) : document.Sentences[i].Text);
    }
}
