namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Picks an article's key phrases, its salient names and topics, from the candidates <see cref="PhraseCollector"/>
/// gathers: a phrase scores by how often it and its words occur and how early it first appears. Only a phrase that
/// stands whole somewhere competes: a piece of a name the article always writes longer ("Los" of "Los Angeles",
/// "Minister Peter Robinson" of "First Minister Peter Robinson") never does. A phrase inside a better one, or sharing
/// two words with it, is dropped, so the list covers different things. A single word competes when the article keeps
/// returning to it, and fills in when phrases are few.
/// </summary>
internal static class KeyPhraseExtractor
{
    private const int MinTopicWordOccurrences = 4;

    // A single word scores by its own frequency squared; this brings it level with phrases of the same standing.
    private const double SingleWordWeight = 0.4;
    private const int MaxRetainedCandidates = 1 << 15;

    // Names longer than a window earn no more for their length than a window does.
    private const int MaxLengthBonusWords = PhraseCollector.MaxWindowWords;

    [ThreadStatic]
    private static List<(double Score, int Index)>? t_multiWord;

    [ThreadStatic]
    private static List<(double Score, int Index)>? t_singleWord;

    public static List<KeyPhrase> Extract(AnalyzedDocument document, string language, int minPhrases = 5, int maxPhrases = 10)
    {
        var candidates = PhraseCollector.Collect(document, language);
        var sentences = document.Sentences.Count;
        var multiWord = t_multiWord ??= new List<(double Score, int Index)>(256);
        var singleWord = t_singleWord ??= new List<(double Score, int Index)>(256);
        multiWord.Clear();
        singleWord.Clear();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!candidate.Whole)
            {
                continue;
            }

            // A single word competes with phrases when the article keeps coming back to it ("Ukraine", "Zelensky").
            if (candidate.Key.Length > 1)
            {
                multiWord.Add((Score(document, candidate, sentences), i));
            }
            else if (candidate.Occurrences >= MinTopicWordOccurrences && IsName(document, candidate))
            {
                multiWord.Add((SingleWordWeight * Score(document, candidate, sentences), i));
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

        if (multiWord.Capacity > MaxRetainedCandidates || singleWord.Capacity > MaxRetainedCandidates)
        {
            t_multiWord = null;
            t_singleWord = null;
        }

        return phrases;
    }

    private static void Choose(List<(double Score, int Index)> ranked, int limit, List<PhraseCandidate> candidates, List<(double Score, int Index)> chosen)
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

    // A name is capitalised where it first appears even though it does not open the sentence ("… said Zelensky"); a
    // title on its own ("President") is not the topic.
    private static bool IsName(AnalyzedDocument document, PhraseCandidate candidate) =>
        char.IsUpper(document.Word(candidate.FirstWord)[0]) && candidate.FirstWord != document.SentenceFirstWord[candidate.FirstSentence]
        && (document.WordFlags[candidate.FirstWord] & WordFlags.Title) == 0;

    private static string TextOf(AnalyzedDocument document, PhraseCandidate candidate)
    {
        var start = document.WordStarts[candidate.ShownWord];
        var last = candidate.ShownEnd - 1;
        return document.Text.Substring(start, document.WordStarts[last] + document.WordLengths[last] - start);
    }

    private static double Score(AnalyzedDocument document, PhraseCandidate candidate, int sentences)
    {
        // Words without a term ("of" in "Bank of England") add nothing to the phrase's frequency.
        double frequency = 0;
        for (var w = candidate.ShownWord; w < candidate.ShownEnd; w++)
        {
            var term = document.WordTerms[w];
            frequency += term >= 0 ? document.TermCounts[term] : 0;
        }

        var meanTermFrequency = frequency / candidate.Key.ContentLength;
        var earliness = 1.0 + 1.0 / (1.0 + candidate.FirstSentence / Math.Max(1.0, sentences / 10.0));
        var lengthBonus = 1.0 + 0.5 * (Math.Min(candidate.Key.Length, MaxLengthBonusWords) - 1);
        return candidate.Occurrences * meanTermFrequency * earliness * lengthBonus;
    }

    // A phrase inside a chosen one ("Donald Trump" in "President Donald Trump"), or sharing two words with it, says the
    // same thing; variants sharing one word ("flood defences", "flood warnings") are different topics.
    private static bool Overlaps(PhraseCandidate candidate, List<(double Score, int Index)> chosen, List<PhraseCandidate> candidates)
    {
        foreach (var (_, index) in chosen)
        {
            var other = candidates[index].Key;
            var shared = candidate.Key.SharedTerms(other);
            if (shared > 0 && (shared == candidate.Key.ContentLength || shared == other.ContentLength || shared >= 2))
            {
                return true;
            }
        }

        return false;
    }
}
