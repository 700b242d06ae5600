namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Picks summary sentences best-first within the length the caller asked for, skipping sentences that repeat a chosen
/// one and, while better-shaped ones remain, sentences too short or too long to stand alone. Returns document order.
/// </summary>
internal static class SentenceSelector
{
    public static List<int> Select(AnalyzedDocument document, int[] order, SentenceGraph graph, SummaryLength length, ExtractiveWeights weights)
    {
        int WordsIn(List<int> sentences) => sentences.Sum(document.WordCount);

        // The relaxed pass lets in any sentence with content, for articles made only of headlines, fragments or very
        // long sentences.
        var chosen = BestFirst.Pick(
            order,
            isWellShaped: i => document.WordCount(i) >= weights.MinWords && document.WordCount(i) <= weights.MaxWords,
            fits: (i, taken) => document.Vectors[i].Norm > 0
                && !IsRedundant(i, taken, document, graph, weights.Redundancy)
                && (length.Words is not { } budget || WordsIn(taken) + document.WordCount(i) <= budget),
            isFull: taken => length.Sentences is { } sentences ? taken.Count >= sentences : WordsIn(taken) >= length.Words);

        if (chosen.Count == 0 && order.Length > 0)
        {
            // A word budget smaller than every sentence still yields a summary: the best sentence.
            chosen.Add(order[0]);
        }

        chosen.Sort();
        return chosen;
    }

    public static int[] RankOrder(double[] scores)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Ties go to the earlier sentence so the result never depends on sort stability.
        Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        return order;
    }

    /// <summary>True when the candidate is more similar than <paramref name="threshold"/> to a chosen sentence, or the same text.</summary>
    public static bool IsRedundant(int candidate, List<int> chosen, AnalyzedDocument document, SentenceGraph graph, double threshold)
    {
        foreach (var c in chosen)
        {
            if (graph.Similarity(candidate, c) > threshold
                || document.Sentences[candidate].Text.Equals(document.Sentences[c].Text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
