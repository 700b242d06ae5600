using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Turns the best-ranked sentences into 3–7 short bullets that stand on their own: sentences of a readable length, none
/// repeating another, with a leading connective ("But", "However,") or a trailing attribution (", police said.")
/// removed where the bullet reads the same without it. Quotes keep their attribution: who said it is the point.
/// </summary>
internal static class KeyPointWriter
{
    public const int MinPoints = 3;
    public const int MaxPoints = 7;
    private const int MaxPointWords = 40;
    private const int MaxAttributionWords = 4;
    private const double PointRedundancy = 0.45;

    private static readonly FrozenSet<string> EnglishConnectives = FrozenSet.ToFrozenSet(
        ["and", "but", "so", "yet", "however", "meanwhile", "also", "still", "moreover", "furthermore", "besides",
         "nevertheless", "nonetheless", "instead", "then", "now", "indeed", "in addition", "in fact", "as a result",
         "at the same time", "on the other hand", "by contrast", "in contrast"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "added", "told", "reported", "explained", "stated", "noted", "claimed", "confirmed", "announced", "revealed"],
        StringComparer.OrdinalIgnoreCase);

    public static List<string> Write(AnalyzedDocument document, int[] order, SentenceGraph graph, string language, ExtractiveWeights weights)
    {
        var target = Math.Clamp((int)Math.Round(document.Sentences.Count / 6.0), MinPoints, MaxPoints);
        var chosen = new List<int>();
        foreach (var relaxed in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var candidate in order)
            {
                if (chosen.Count >= target || chosen.Contains(candidate))
                {
                    continue;
                }

                var words = document.WordCount(candidate);
                var fits = words >= weights.MinWords && words <= MaxPointWords;
                if ((!relaxed && !fits) || document.Vectors[candidate].Norm == 0
                    || chosen.Exists(c => graph.Similarity(c, candidate) > PointRedundancy
                        || document.Sentences[c].Text.Equals(document.Sentences[candidate].Text, StringComparison.Ordinal)))
                {
                    continue;
                }

                chosen.Add(candidate);
            }
        }

        chosen.Sort();
        var english = language is "en" or "und";
        return chosen.Select(i => english ? Tidy(document.Sentences[i].Text) : document.Sentences[i].Text).ToList();
    }

    internal static string Tidy(string sentence)
    {
        var text = DropLeadingConnective(sentence);
        if (text.IndexOfAny(['"', '“', '”']) < 0)
        {
            text = DropTrailingAttribution(text);
        }

        return text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    private static string DropLeadingConnective(string sentence)
    {
        // Longest connective first, so "in addition," wins over "in".
        for (var words = 5; words >= 1; words--)
        {
            var end = NthSpace(sentence, words);
            if (end < 0)
            {
                continue;
            }

            var head = sentence[..end].TrimEnd(',');
            if (EnglishConnectives.Contains(head))
            {
                var rest = sentence[(end + 1)..].TrimStart();
                return rest.Split(' ').Length >= 4 ? rest : sentence;
            }
        }

        return sentence;
    }

    private static string DropTrailingAttribution(string sentence)
    {
        var comma = sentence.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || !sentence.EndsWith('.'))
        {
            return sentence;
        }

        var tail = sentence[(comma + 2)..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hasSpeechVerb = tail.Length is >= 2 and <= MaxAttributionWords
            && (SpeechVerbs.Contains(tail[^1]) || SpeechVerbs.Contains(tail[0]));
        return hasSpeechVerb && comma > 20 ? sentence[..comma] + "." : sentence;
    }

    private static int NthSpace(string text, int n)
    {
        var index = -1;
        for (var i = 0; i < n; i++)
        {
            index = text.IndexOf(' ', index + 1);
            if (index < 0)
            {
                return -1;
            }
        }

        return index;
    }
}
