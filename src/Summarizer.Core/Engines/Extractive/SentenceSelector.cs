namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Picks summary sentences best-first within the length the caller asked for, skipping sentences that repeat a chosen
/// one and, while better-shaped ones remain, sentences too short or too long to stand alone. In English, a sentence
/// that leans on the one before it ("She told reporters …") comes only with that sentence, or not at all. Returns
/// document order. Only sentences in the rank order may be chosen: the caller leaves out those that may not (captions).
/// </summary>
internal static class SentenceSelector
{
    public static List<int> Select(AnalyzedDocument document, int[] order, SentenceGraph graph, SelectionBudget length, ExtractiveWeights weights, bool english)
    {
        int WordsIn(List<int> sentences) => sentences.Sum(document.WordCount);
        bool HasRoom(List<int> taken, int count, int words) =>
            (length.Sentences is not { } sentences || taken.Count + count <= sentences)
            && (length.Words is not { } budget || WordsIn(taken) + words <= budget);
        bool Usable(int i, List<int> taken) => document.Vectors[i].Norm > 0 && !IsRedundant(i, taken, document, graph, weights.Redundancy);

        // The relaxed pass lets in any sentence with content, for articles made only of headlines, fragments or very
        // long sentences.
        var chosen = new List<int>();
        var full = false;
        foreach (var relaxed in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var i in order)
            {
                full = length.Sentences is { } count ? chosen.Count >= count : WordsIn(chosen) >= length.Words;
                if (full)
                {
                    break;
                }

                var wellShaped = document.WordCount(i) >= weights.MinWords && document.WordCount(i) <= weights.MaxWords;
                if (chosen.Contains(i) || (!relaxed && !wellShaped) || !Usable(i, chosen))
                {
                    continue;
                }

                var antecedent = english ? MissingAntecedent(document, i, chosen) : -1;
                if (antecedent < 0)
                {
                    if (HasRoom(chosen, 1, document.WordCount(i)))
                    {
                        chosen.Add(i);
                    }
                }
                else if (!BackReference.Applies(document.Sentences[antecedent].Text) && Usable(antecedent, chosen)
                    && Array.IndexOf(order, antecedent) >= 0
                    && HasRoom(chosen, 2, document.WordCount(i) + document.WordCount(antecedent)))
                {
                    chosen.Add(antecedent);
                    chosen.Add(i);
                }
            }

            if (full)
            {
                break;
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

    /// <summary>The sentence before <paramref name="sentence"/> when it leans on it and that one is not chosen; otherwise -1.</summary>
    public static int MissingAntecedent(AnalyzedDocument document, int sentence, List<int> chosen) =>
        sentence > 0 && !chosen.Contains(sentence - 1) && BackReference.Applies(document.Sentences[sentence].Text) ? sentence - 1 : -1;

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
