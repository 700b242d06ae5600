namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Finds salient multi-word phrases: runs of up to four content words not broken by punctuation, grouped by their
/// stems, scored by how often they and their words occur and how early they first appear. Phrases that repeat a better
/// one (same words, or a part of it) are dropped. Single words fill in only when an article has too few phrases.
/// </summary>
internal static class KeyPhraseExtractor
{
    public const int MaxPhraseWords = 4;

    public static List<KeyPhrase> Extract(AnalyzedDocument document, int minPhrases = 5, int maxPhrases = 10)
    {
        var candidates = new Dictionary<PhraseKey, Candidate>();
        var sentences = document.Sentences.Count;
        for (var s = 0; s < sentences; s++)
        {
            var runStart = -1;
            var end = document.SentenceFirstWord[s + 1];
            for (var w = document.SentenceFirstWord[s]; w <= end; w++)
            {
                var continues = w < end && IsPhraseWord(document, w) && (runStart < 0 || Adjacent(document, w - 1, w));
                if (continues)
                {
                    if (runStart < 0)
                    {
                        runStart = w;
                    }

                    continue;
                }

                if (runStart >= 0)
                {
                    AddRun(document, runStart, w, s, candidates);
                }

                runStart = w < end && IsPhraseWord(document, w) ? w : -1;
            }
        }

        var ranked = candidates.Values
            .Select(c => (Candidate: c, Score: Score(document, c, sentences)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Candidate.FirstWord)
            .ToList();

        var chosen = new List<(Candidate Candidate, double Score)>();
        foreach (var multiWordOnly in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var item in ranked)
            {
                if (chosen.Count >= maxPhrases || (!multiWordOnly && chosen.Count >= minPhrases))
                {
                    break;
                }

                var isMultiWord = item.Candidate.Key.Length > 1;
                if (isMultiWord != multiWordOnly || item.Candidate.Occurrences < (isMultiWord ? 1 : 2) || Overlaps(item.Candidate, chosen))
                {
                    continue;
                }

                chosen.Add(item);
            }
        }

        var top = chosen.Count == 0 ? 1 : chosen.Max(c => c.Score);
        return chosen
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Candidate.FirstWord)
            .Select(c => new KeyPhrase(c.Candidate.Text, Math.Round(c.Score / top, 4)))
            .ToList();
    }

    private static void AddRun(AnalyzedDocument document, int start, int end, int sentence, Dictionary<PhraseKey, Candidate> candidates)
    {
        // Long runs are usually lists of names or numbers; they are cut into windows of at most four words.
        for (var from = start; from < end; from += MaxPhraseWords)
        {
            var to = Math.Min(end, from + MaxPhraseWords);
            Add(document, from, to, sentence, candidates);
            if (to - from > 1)
            {
                for (var w = from; w < to; w++)
                {
                    Add(document, w, w + 1, sentence, candidates);
                }
            }
        }
    }

    private static void Add(AnalyzedDocument document, int from, int to, int sentence, Dictionary<PhraseKey, Candidate> candidates)
    {
        var key = PhraseKey.Of(document.WordTerms.AsSpan(from, to - from));
        if (candidates.TryGetValue(key, out var existing))
        {
            existing.Occurrences++;
            return;
        }

        var text = document.Text.Substring(document.WordStarts[from], document.WordStarts[to - 1] + document.WordLengths[to - 1] - document.WordStarts[from]);
        candidates[key] = new Candidate(key, text, from, sentence);
    }

    private static double Score(AnalyzedDocument document, Candidate candidate, int sentences)
    {
        double frequency = 0;
        foreach (var term in candidate.Key.Terms)
        {
            frequency += term < document.TermCounts.Length ? document.TermCounts[term] : 0;
        }

        var meanTermFrequency = frequency / candidate.Key.Length;
        var earliness = 1.0 + 1.0 / (1.0 + candidate.FirstSentence / Math.Max(1.0, sentences / 10.0));
        var lengthBonus = 1.0 + 0.5 * (candidate.Key.Length - 1);
        return candidate.Occurrences * meanTermFrequency * earliness * lengthBonus;
    }

    private static bool IsPhraseWord(AnalyzedDocument document, int word)
    {
        if (document.WordTerms[word] < 0)
        {
            return false;
        }

        foreach (var c in document.Word(word))
        {
            if (!char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // Words belong to one phrase only when nothing but spaces or a hyphen stands between them.
    private static bool Adjacent(AnalyzedDocument document, int left, int right)
    {
        var gap = document.Text.AsSpan(document.WordStarts[left] + document.WordLengths[left],
            document.WordStarts[right] - document.WordStarts[left] - document.WordLengths[left]);
        foreach (var c in gap)
        {
            if (c != ' ' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool Overlaps(Candidate candidate, List<(Candidate Candidate, double Score)> chosen)
    {
        foreach (var (other, _) in chosen)
        {
            if (candidate.Key.SharesTermWith(other.Key))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Candidate(PhraseKey key, string text, int firstWord, int firstSentence)
    {
        public PhraseKey Key { get; } = key;

        public string Text { get; } = text;

        public int FirstWord { get; } = firstWord;

        public int FirstSentence { get; } = firstSentence;

        public int Occurrences { get; set; } = 1;
    }
}
