namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Shortens the sentences of one English summary with <see cref="SentenceCompressor"/>, without losing the one place a
/// person is introduced: when shortening would drop a full name ("…, NATO Secretary General Mark Rutte said.") that a
/// later summary sentence refers to by surname ("Rutte said …") and no earlier one gives, the sentence stays as written.
/// </summary>
internal static class SummaryShortener
{
    public static List<string> Shorten(IReadOnlyList<string> sentences)
    {
        var result = new List<string>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var original = sentences[i];
            var shortened = SentenceCompressor.Compress(original);
            if (!ReferenceEquals(shortened, original) && LosesIntroduction(original, shortened, sentences, i, result))
            {
                shortened = original;
            }

            result.Add(shortened);
        }

        return result;
    }

    private static bool LosesIntroduction(string original, string shortened, IReadOnlyList<string> sentences, int index, List<string> earlier)
    {
        foreach (var (first, last) in FullNames(original))
        {
            var name = string.Concat(first, " ", last);
            if (shortened.Contains(name, StringComparison.Ordinal) || earlier.Exists(s => s.Contains(name, StringComparison.Ordinal)))
            {
                continue;
            }

            for (var later = index + 1; later < sentences.Count; later++)
            {
                if (ContainsWord(sentences[later], last))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The last two words of every run of two or more capitalised words: "NATO Secretary General Mark Rutte" gives
    // ("Mark", "Rutte"), which is how a later sentence's bare surname is tied back to it. Punctuation ends a run.
    private static List<(string First, string Last)> FullNames(string sentence)
    {
        var names = new List<(string First, string Last)>();
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var runStart = -1;
        for (var w = 0; w <= words.Length; w++)
        {
            var word = w < words.Length ? words[w] : string.Empty;
            var bare = Bare(word);
            var capitalised = bare.Length > 1 && char.IsUpper(bare[0]) && bare.Any(char.IsLower);
            if (!capitalised || (runStart >= 0 && !char.IsLetter(word[0])))
            {
                AddRun(names, words, runStart, w);
                runStart = capitalised ? w : -1;
            }
            else if (runStart < 0)
            {
                runStart = w;
            }

            if (runStart >= 0 && !char.IsLetter(word[^1]))
            {
                AddRun(names, words, runStart, w + 1);
                runStart = -1;
            }
        }

        return names;
    }

    private static void AddRun(List<(string First, string Last)> names, string[] words, int start, int end)
    {
        if (start >= 0 && end - start >= 2)
        {
            names.Add((Bare(words[end - 2]), Bare(words[end - 1])));
        }
    }

    private static string Bare(string word)
    {
        var bare = word.Trim("\"'“‘(.,;:!?”’)".ToCharArray());
        return bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal) ? bare[..^2] : bare;
    }

    private static bool ContainsWord(string sentence, string word)
    {
        for (var at = sentence.IndexOf(word, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(sentence[at - 1])) && (end == sentence.Length || !char.IsLetter(sentence[end])))
            {
                return true;
            }
        }

        return false;
    }
}
