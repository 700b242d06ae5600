namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Picks summary sentences best-first within the length the caller asked for, skipping sentences that repeat a chosen
/// one and, while better-shaped ones remain, sentences too short or too long to stand alone. Returns document order.
/// </summary>
internal static class SentenceSelector
{
    public static List<int> Select(AnalyzedDocument document, int[] order, SentenceGraph graph, SummaryLength length, ExtractiveWeights weights)
    {
        var chosen = new List<int>();
        var words = 0;

        // First pass keeps to well-shaped sentences; the second lets in any sentence with content, for articles made
        // only of headlines, fragments or very long sentences.
        foreach (var relaxed in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var candidate in order)
            {
                if (IsFull(chosen.Count, words, length) || chosen.Contains(candidate))
                {
                    continue;
                }

                var candidateWords = document.WordCount(candidate);
                var shapedWell = candidateWords >= weights.MinWords && candidateWords <= weights.MaxWords;
                if ((!relaxed && !shapedWell) || document.Vectors[candidate].Norm == 0 || IsRedundant(candidate, chosen, document, graph, weights))
                {
                    continue;
                }

                if (length.Words is { } budget && words + candidateWords > budget)
                {
                    continue;
                }

                chosen.Add(candidate);
                words += candidateWords;
            }
        }

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

    private static bool IsFull(int count, int words, SummaryLength length) =>
        length.Sentences is { } sentences ? count >= sentences : words >= length.Words;

    private static bool IsRedundant(int candidate, List<int> chosen, AnalyzedDocument document, SentenceGraph graph, ExtractiveWeights weights)
    {
        foreach (var c in chosen)
        {
            if (graph.Similarity(candidate, c) > weights.Redundancy
                || document.Sentences[candidate].Text.Equals(document.Sentences[c].Text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
