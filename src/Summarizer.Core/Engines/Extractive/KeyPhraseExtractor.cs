namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Finds salient multi-word phrases: runs of up to four content words not broken by punctuation, grouped by their
/// stems, scored by how often they and their words occur and how early they first appear. A phrase sharing a word with
/// a better one is dropped, so the list covers different things. Single words fill in only when an article has too few
/// phrases.
/// </summary>
internal static class KeyPhraseExtractor
{
    public const int MaxPhraseWords = 4;
    private const int MaxRetainedCandidates = 1 << 15;

    // Phrases are collected from the first 100,000 words only: enough for any article, and it keeps a book-length
    // input from building millions of candidates (term frequencies still come from the whole text).
    private const int MaxPhraseScanWords = 100_000;

    [ThreadStatic]
    private static List<Candidate>? t_candidates;

    [ThreadStatic]
    private static Dictionary<PhraseKey, int>? t_index;

    public static List<KeyPhrase> Extract(AnalyzedDocument document, bool english, int minPhrases = 5, int maxPhrases = 10)
    {
        var candidates = CollectCandidates(document, english);
        var sentences = document.Sentences.Count;
        var multiWord = new List<(double Score, int Index)>();
        var singleWord = new List<(double Score, int Index)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Key.Length > 1)
            {
                multiWord.Add((Score(document, candidate, sentences), i));
            }
            else if (candidate.Occurrences > 1)
            {
                singleWord.Add((Score(document, candidate, sentences), i));
            }
        }

        var chosen = new List<(double Score, int Index)>(maxPhrases);
        Choose(multiWord, maxPhrases, candidates, chosen);

        // Single words only fill in for an article with too few phrases, so they are ranked only then.
        if (chosen.Count < minPhrases)
        {
            Choose(singleWord, minPhrases, candidates, chosen);
        }

        chosen.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : candidates[a.Index].FirstWord.CompareTo(candidates[b.Index].FirstWord));
        var top = chosen.Count == 0 ? 1 : chosen[0].Score;
        var phrases = new List<KeyPhrase>(chosen.Count);
        foreach (var (score, index) in chosen)
        {
            phrases.Add(new KeyPhrase(TextOf(document, candidates[index]), Math.Round(score / top, 4)));
        }

        return phrases;
    }

    private static void Choose(List<(double Score, int Index)> ranked, int limit, List<Candidate> candidates, List<(double Score, int Index)> chosen)
    {
        // Best first; ties go to the phrase that appears first, so output never depends on hashing order.
        ranked.Sort((a, b) => a.Score != b.Score
            ? b.Score.CompareTo(a.Score)
            : candidates[a.Index].FirstWord.CompareTo(candidates[b.Index].FirstWord));
        foreach (var item in ranked)
        {
            if (chosen.Count >= limit)
            {
                return;
            }

            if (!Overlaps(candidates[item.Index], chosen, candidates))
            {
                chosen.Add(item);
            }
        }
    }

    private static List<Candidate> CollectCandidates(AnalyzedDocument document, bool english)
    {
        // Per-thread collections reused across articles: phrase candidates are the engine's largest transient data.
        var candidates = t_candidates ??= new List<Candidate>(1024);
        var index = t_index ??= new Dictionary<PhraseKey, int>(1024);
        candidates.Clear();
        index.Clear();
        for (var s = 0; s < document.Sentences.Count && document.SentenceFirstWord[s] < MaxPhraseScanWords; s++)
        {
            var runStart = -1;
            var end = document.SentenceFirstWord[s + 1];
            for (var w = document.SentenceFirstWord[s]; w <= end; w++)
            {
                var isPhraseWord = w < end && IsPhraseWord(document, w, english);
                if (isPhraseWord && (runStart < 0 || Adjacent(document, w - 1, w)))
                {
                    runStart = runStart < 0 ? w : runStart;
                    continue;
                }

                if (runStart >= 0)
                {
                    AddRun(document, runStart, TrimEnd(document, runStart, w, english), s, candidates, index);
                }

                runStart = isPhraseWord ? w : -1;
            }
        }

        if (candidates.Count > MaxRetainedCandidates)
        {
            t_candidates = null;
            t_index = null;
        }

        return candidates;
    }

    private static void AddRun(AnalyzedDocument document, int start, int end, int sentence, List<Candidate> candidates, Dictionary<PhraseKey, int> index)
    {
        // Long runs are usually lists of names or numbers; they are cut into windows of at most four words.
        for (var from = start; from < end; from += MaxPhraseWords)
        {
            var to = Math.Min(end, from + MaxPhraseWords);
            Add(document, from, to, sentence, candidates, index);
            if (to - from > 1)
            {
                for (var w = from; w < to; w++)
                {
                    Add(document, w, w + 1, sentence, candidates, index);
                }
            }
        }
    }

    private static void Add(AnalyzedDocument document, int from, int to, int sentence, List<Candidate> candidates, Dictionary<PhraseKey, int> index)
    {
        var key = PhraseKey.Of(document.WordTerms.AsSpan(from, to - from));
        if (index.TryGetValue(key, out var existing))
        {
            candidates[existing] = candidates[existing] with { Occurrences = candidates[existing].Occurrences + 1 };
            return;
        }

        index[key] = candidates.Count;
        candidates.Add(new Candidate(key, from, to, sentence, 1));
    }

    private static string TextOf(AnalyzedDocument document, Candidate candidate)
    {
        var start = document.WordStarts[candidate.FirstWord];
        var last = candidate.EndWord - 1;
        return document.Text.Substring(start, document.WordStarts[last] + document.WordLengths[last] - start);
    }

    private static double Score(AnalyzedDocument document, Candidate candidate, int sentences)
    {
        double frequency = 0;
        var length = candidate.Key.Length;
        for (var w = candidate.FirstWord; w < candidate.EndWord; w++)
        {
            frequency += document.TermCounts[document.WordTerms[w]];
        }

        var meanTermFrequency = frequency / length;
        var earliness = 1.0 + 1.0 / (1.0 + candidate.FirstSentence / Math.Max(1.0, sentences / 10.0));
        var lengthBonus = 1.0 + 0.5 * (length - 1);
        return candidate.Occurrences * meanTermFrequency * earliness * lengthBonus;
    }

    // Numbers and, in English, common verbs break phrases: "31,000 cars use" is not a topic.
    private static bool IsPhraseWord(AnalyzedDocument document, int word, bool english)
    {
        var text = document.Word(word);
        return document.WordTerms[word] >= 0 && !char.IsDigit(text[0]) && !(english && PhraseBreakers.BreaksPhrase(text));
    }

    private static int TrimEnd(AnalyzedDocument document, int start, int end, bool english)
    {
        while (english && end - start > 1 && PhraseBreakers.CannotEndPhrase(document.Word(end - 1)))
        {
            end--;
        }

        return end;
    }

    // Words belong to one phrase only when nothing but spaces or a hyphen stands between them.
    private static bool Adjacent(AnalyzedDocument document, int left, int right)
    {
        var gapStart = document.WordStarts[left] + document.WordLengths[left];
        foreach (var c in document.Text.AsSpan(gapStart, document.WordStarts[right] - gapStart))
        {
            if (c != ' ' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool Overlaps(Candidate candidate, List<(double Score, int Index)> chosen, List<Candidate> candidates)
    {
        foreach (var (_, index) in chosen)
        {
            if (candidate.Key.SharesTermWith(candidates[index].Key))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Candidate(PhraseKey Key, int FirstWord, int EndWord, int FirstSentence, int Occurrences);
}
