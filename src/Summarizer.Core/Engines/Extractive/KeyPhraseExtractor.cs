using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Summarizer.Core.Languages;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Finds salient names and topics: runs of up to four content words not broken by punctuation, verbs, time words or
/// numbers (<see cref="PhraseBreakers"/>, and <see cref="RomanceNounPhrase"/> for the noun-adjective languages), never
/// starting or ending inside a name or a hyphenated compound, grouped by their stems, scored by how often they and their words occur and how
/// early they first appear. A phrase inside a better one, or sharing two words with it, is dropped, so the list covers
/// different things. A single word competes when the article keeps returning to it, and fills in when phrases are few.
/// </summary>
internal static class KeyPhraseExtractor
{
    public const int MaxPhraseWords = 4;
    private const int MinTopicWordOccurrences = 4;

    // A single word scores by its own frequency squared; this brings it level with phrases of the same standing.
    private const double SingleWordWeight = 0.4;
    private const int MaxRetainedCandidates = 1 << 15;

    // Phrases are collected from the first 100,000 words only: enough for any article, and it keeps a book-length
    // input from building millions of candidates (term frequencies still come from the whole text).
    private const int MaxPhraseScanWords = 100_000;

    [ThreadStatic]
    private static List<Candidate>? t_candidates;

    [ThreadStatic]
    private static Dictionary<PhraseKey, int>? t_index;

    [ThreadStatic]
    private static List<(double Score, int Index)>? t_multiWord;

    [ThreadStatic]
    private static List<(double Score, int Index)>? t_singleWord;

    public static List<KeyPhrase> Extract(AnalyzedDocument document, string language, int minPhrases = 5, int maxPhrases = 10)
    {
        var candidates = CollectCandidates(document, language);
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
                // "Los" of "Los Angeles", "Air" of "Air Force": a piece of a name the article always writes whole.
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

    private static List<Candidate> CollectCandidates(AnalyzedDocument document, string language)
    {
        // Per-thread collections reused across articles: phrase candidates are the engine's largest transient data.
        var candidates = t_candidates ??= new List<Candidate>(1024);
        var index = t_index ??= new Dictionary<PhraseKey, int>(1024);
        candidates.Clear();
        index.Clear();
        for (var s = 0; s < document.Sentences.Count && document.SentenceFirstWord[s] < MaxPhraseScanWords; s++)
        {
            var runStart = -1;
            var first = document.SentenceFirstWord[s];
            var end = document.SentenceFirstWord[s + 1];
            var romance = RomanceNounPhrase.Applies(language);
            var english = language is LanguageCodes.English or LanguageCodes.Undetermined;
            for (var w = first; w <= end; w++)
            {
                var isPhraseWord = w < end && IsPhraseWord(document, w) && !(english && w > first && IsVerbAfterModal(document, w));
                if (isPhraseWord && runStart >= 0 && Adjacent(document, w - 1, w)
                    && !(english && !IsCapitalised(document, w - 1) && IsCapitalised(document, w))
                    && (!romance || RomanceNounPhrase.CanFollow(document.Word(w - 1), document.Word(w), language))
                    && !(english && IsPastTenseAfterWord(document, w))
                    && (language != LanguageCodes.Dutch || PhraseBreakers.CanFollowInDutch(document.Word(w - 1), document.Word(w))))
                {
                    continue;
                }

                if (runStart >= 0)
                {
                    AddRun(document, runStart, WithoutBrokenCompound(document, runStart, w, end), s, language, candidates, index);
                }

                // A phrase never starts inside a hyphenated compound: "16-year-old son" gives no "old son".
                runStart = isPhraseWord && !(w > first && HyphenJoined(document, w - 1, w)) ? w : -1;
            }
        }

        if (candidates.Count > MaxRetainedCandidates)
        {
            t_candidates = null;
            t_index = null;
        }

        return candidates;
    }

    private static void AddRun(AnalyzedDocument document, int start, int end, int sentence, string language, List<Candidate> candidates, Dictionary<PhraseKey, int> index)
    {
        var english = language is LanguageCodes.English or LanguageCodes.Undetermined;
        if (english && end - start > 1 && IsPastTenseBeforeName(document, start))
        {
            // "backed Rodgers", "promoted Burton": a verb and its object, not a topic.
            start++;
        }

        // Long runs are usually lists of names or numbers; they are cut into windows of at most four words, never
        // between two capitalised words, so a phrase never starts or ends inside a name.
        for (var from = start; from < end;)
        {
            var to = Math.Min(end, from + MaxPhraseWords);
            while (to < end && to - from > 1 && IsCapitalised(document, to - 1) && IsCapitalised(document, to))
            {
                to--;
            }

            if (to < end && IsCapitalised(document, to - 1) && IsCapitalised(document, to))
            {
                // A name longer than a window ("Port Authority Chairman Daniel Price"): its title words go, and the
                // parts around them ("Port Authority", "Daniel Price") are phrases when they fit.
                var nameEnd = to;
                while (nameEnd < end && IsCapitalised(document, nameEnd))
                {
                    nameEnd++;
                }

                AddNameParts(document, from, nameEnd, sentence, candidates, index);
                from = nameEnd;
                continue;
            }

            AddWindow(document, from, TrimEnd(document, from, to), sentence, candidates, index);
            from = to;
        }
    }

    private static void AddNameParts(AnalyzedDocument document, int from, int to, int sentence, List<Candidate> candidates, Dictionary<PhraseKey, int> index)
    {
        var partStart = from;
        for (var w = from; w <= to; w++)
        {
            if (w < to && !Titles.Contains(document.Word(w)))
            {
                continue;
            }

            if (w - partStart <= MaxPhraseWords)
            {
                AddWindow(document, partStart, w, sentence, candidates, index);
            }
            else
            {
                for (var single = partStart; single < w; single++)
                {
                    Add(document, single, single + 1, sentence, candidates, index);
                }
            }

            partStart = w + 1;
        }
    }

    private static void AddWindow(AnalyzedDocument document, int from, int to, int sentence, List<Candidate> candidates, Dictionary<PhraseKey, int> index)
    {
        if (to <= from)
        {
            return;
        }

        Add(document, from, to, sentence, candidates, index);
        if (to - from > 1)
        {
            for (var w = from; w < to; w++)
            {
                Add(document, w, w + 1, sentence, candidates, index);
            }
        }
    }

    // After a modal a lower-case word is a verb ("could aid police", "will form larger bodies"), whatever it is elsewhere.
    private static bool IsVerbAfterModal(AnalyzedDocument document, int word) =>
        char.IsLower(document.Word(word)[0]) && Modals.Contains(document.Word(word - 1));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = FrozenSet.ToFrozenSet(
        ["will", "would", "can", "could", "should", "may", "might", "must", "shall", "cannot", "won't", "can't", "didn't",
         "don't", "doesn't", "wouldn't", "couldn't", "shouldn't"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A capitalised word next to another, with nothing but a space between and neither a title, continues a name: the
    // occurrence of a phrase that stops there is a piece of that name.
    private static bool ContinuesName(AnalyzedDocument document, int left, int right) =>
        IsCapitalised(document, left) && IsCapitalised(document, right) && IsPhraseWord(document, left) && IsPhraseWord(document, right)
        && !Titles.Contains(document.Word(left)) && !Titles.Contains(document.Word(right)) && Adjacent(document, left, right);

    // A lower-case past tense right before a capitalised word is a verb with its object ("welcomed Taoiseach").
    private static bool IsPastTenseBeforeName(AnalyzedDocument document, int word)
    {
        var text = document.Word(word);
        return text.Length > 4 && char.IsLower(text[0]) && text.EndsWith("ed", StringComparison.Ordinal) && IsCapitalised(document, word + 1);
    }

    // An English past tense after a word of the phrase is its verb ("Wrexham sustained", "verdict triggered"): as an
    // adjective it would stand first ("armed officers"), or be joined by a hyphen ("red-headed").
    private static bool IsPastTenseAfterWord(AnalyzedDocument document, int word)
    {
        var text = document.Word(word);
        return text.Length > 4 && char.IsLower(text[0]) && text.EndsWith("ed", StringComparison.Ordinal) && !HyphenJoined(document, word - 1, word);
    }

    // A run that stops inside a hyphenated compound ("Covid-19", "state-of-the-art") loses the compound's first part.
    private static int WithoutBrokenCompound(AnalyzedDocument document, int start, int end, int sentenceEnd)
    {
        if (end < sentenceEnd)
        {
            while (end > start && HyphenJoined(document, end - 1, end))
            {
                end--;
            }
        }

        return end;
    }

    private static bool HyphenJoined(AnalyzedDocument document, int left, int right)
    {
        var gapStart = document.WordStarts[left] + document.WordLengths[left];
        var gap = document.Text.AsSpan(gapStart, document.WordStarts[right] - gapStart);
        return !gap.IsEmpty && !gap.ContainsAnyExcept('-');
    }

    // A name is capitalised where it first appears even though it does not open the sentence ("… said Zelensky"); a
    // title on its own ("President") is not the topic.
    private static bool IsName(AnalyzedDocument document, Candidate candidate) =>
        IsCapitalised(document, candidate.FirstWord) && candidate.FirstWord != document.SentenceFirstWord[candidate.FirstSentence]
        && !Titles.Contains(document.Word(candidate.FirstWord));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = FrozenSet.ToFrozenSet(
        ["President", "Minister", "Secretary", "General", "Chairman", "Chairwoman", "Mayor", "Governor", "Senator", "Sir",
         "King", "Queen", "Prince", "Princess", "Pope", "Chief", "Director", "Judge", "Justice", "Councillor", "Professor",
         "Deputy", "Vice", "Executive", "Officer", "Managing", "Commissioner", "Inspector", "Superintendent", "Sergeant",
         "Constable", "Supt", "Insp", "Sgt", "Det", "Dr", "Mr", "Mrs", "Ms", "Lord", "Lady", "Dame", "Captain", "Coach",
         "Manager", "Ambassador", "Commander", "Colonel", "Lieutenant", "Admiral", "Bishop", "Archbishop", "Cardinal",
         "Reverend", "Chancellor", "Spokesman", "Spokeswoman", "Attorney", "Speaker",
         "Präsident", "Minister", "Président", "Ministre", "Presidente", "Ministro", "Президент", "Министр", "Міністр"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsCapitalised(AnalyzedDocument document, int word) => char.IsUpper(document.Word(word)[0]);

    private static void Add(AnalyzedDocument document, int from, int to, int sentence, List<Candidate> candidates, Dictionary<PhraseKey, int> index)
    {
        // One probe of the index whether the phrase is new or seen before.
        var key = PhraseKey.Of(document.WordTerms.AsSpan(from, to - from));
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var seen);
        if (seen)
        {
            ref var candidate = ref CollectionsMarshal.AsSpan(candidates)[slot];
            candidate = candidate with
            {
                Occurrences = candidate.Occurrences + 1,
                Whole = candidate.Whole || IsWhole(document, from, to, sentence),
            };
            return;
        }

        slot = candidates.Count;
        candidates.Add(new Candidate(key, from, to, sentence, 1, IsWhole(document, from, to, sentence)));
    }

    // An occurrence that neither starts nor ends inside a longer capitalised name of its sentence.
    private static bool IsWhole(AnalyzedDocument document, int from, int to, int sentence) =>
        !(from > document.SentenceFirstWord[sentence] && ContinuesName(document, from - 1, from))
        && !(to < document.SentenceFirstWord[sentence + 1] && ContinuesName(document, to - 1, to));

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

    // Numbers, time words and verbs break phrases: "31,000 cars use" is not a topic.
    private static bool IsPhraseWord(AnalyzedDocument document, int word) =>
        document.WordTerms[word] >= 0 && (document.WordFlags[word] & WordFlags.PhraseWord) != 0;

    private static int TrimEnd(AnalyzedDocument document, int start, int end)
    {
        while (end - start > 1 && (document.WordFlags[end - 1] & WordFlags.CannotEndPhrase) != 0)
        {
            end--;
        }

        return end;
    }

    // Words belong to one phrase only when nothing but spaces or a hyphen stands between them, or the stop of an
    // abbreviation ("U.S. President") or a possessive inside a name ("People's Bank").
    private static bool Adjacent(AnalyzedDocument document, int left, int right)
    {
        var gapStart = document.WordStarts[left] + document.WordLengths[left];
        var gap = document.Text.AsSpan(gapStart, document.WordStarts[right] - gapStart);
        var rightCapitalised = IsCapitalised(document, right);
        if (rightCapitalised && gap.StartsWith(".") && document.Word(left).Contains('.'))
        {
            gap = gap[1..];
        }
        else if (rightCapitalised && IsCapitalised(document, left) && (gap.StartsWith("'s") || gap.StartsWith("’s")))
        {
            gap = gap[2..];
        }

        foreach (var c in gap)
        {
            if (c != ' ' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // A phrase inside a chosen one ("Donald Trump" in "President Donald Trump"), or sharing two words with it, says the
    // same thing; variants sharing one word ("flood defences", "flood warnings") are different topics.
    private static bool Overlaps(Candidate candidate, List<(double Score, int Index)> chosen, List<Candidate> candidates)
    {
        foreach (var (_, index) in chosen)
        {
            var other = candidates[index].Key;
            var shared = candidate.Key.SharedTerms(other);
            if (shared > 0 && (shared == candidate.Key.Length || shared == other.Length || shared >= 2))
            {
                return true;
            }
        }

        return false;
    }

    // Whole: some occurrence stands outside any longer name (see IsWhole).
    private readonly record struct Candidate(PhraseKey Key, int FirstWord, int EndWord, int FirstSentence, int Occurrences, bool Whole);
}
