using System.Runtime.InteropServices;
using Summarizer.Core.Languages;
using static Summarizer.Core.Engines.Extractive.PhraseWords;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Gathers a document's phrase candidates: runs of content words not broken by punctuation, verbs, time words or
/// numbers (<see cref="PhraseBreakers"/>, and <see cref="RomanceNounPhrase"/> for the noun-adjective languages), cut
/// into windows of up to four words that never start or end inside a hyphenated compound, plus every name of the
/// sentence whole (<see cref="NameRuns"/>), so a window that cuts a name ("Dubai" of "Dubai Open") has the whole name
/// beside it. Grouped by stems. Per-thread and reused: the candidates are the engine's largest transient data.
/// </summary>
internal sealed class PhraseCollector
{
    public const int MaxWindowWords = 4;
    private const int MaxRetainedCandidates = 1 << 15;

    // Phrases are collected from the first 100,000 words only: enough for any article, and it keeps a book-length
    // input from building millions of candidates (term frequencies still come from the whole text).
    private const int MaxPhraseScanWords = 100_000;

    [ThreadStatic]
    private static PhraseCollector? t_current;

    private readonly List<PhraseCandidate> _candidates = new(1024);
    private readonly Dictionary<PhraseKey, int> _index = new(1024);
    private AnalyzedDocument _document = null!;
    private NameRuns _names = null!;
    private int _sentence;

    /// <summary>The document's candidates, in order of first appearance; valid until the thread's next call.</summary>
    public static List<PhraseCandidate> Collect(AnalyzedDocument document, string language)
    {
        var collector = t_current ??= new PhraseCollector();
        collector._candidates.Clear();
        collector._index.Clear();
        collector._document = document;
        collector._names = NameRuns.For(document, MaxPhraseScanWords);
        for (var s = 0; s < document.Sentences.Count && document.SentenceFirstWord[s] < MaxPhraseScanWords; s++)
        {
            collector._sentence = s;
            collector._names.Index(s);
            collector.CollectSentence(language);
            collector.AddWholeNames();
        }

        var candidates = collector._candidates;
        if (candidates.Count > MaxRetainedCandidates)
        {
            t_current = null;
        }

        NameRuns.Release();
        collector._document = null!;
        return candidates;
    }

    private void CollectSentence(string language)
    {
        var document = _document;
        var first = document.SentenceFirstWord[_sentence];
        var end = document.SentenceFirstWord[_sentence + 1];
        var romance = RomanceNounPhrase.Applies(language);
        var english = language is LanguageCodes.English or LanguageCodes.Undetermined;
        var runStart = -1;
        for (var w = first; w <= end; w++)
        {
            var isPhraseWord = w < end && IsPhraseWord(document, w) && !(english && w > first && IsVerbAfterModal(document, w));
            if (isPhraseWord && runStart >= 0 && Adjacent(document, w - 1, w)
                && !(english && StartsNameAfterCommonWord(w))
                && (!romance || RomanceNounPhrase.CanFollow(document.Word(w - 1), document.Word(w), language))
                && !(english && IsPastTenseAfterWord(document, w))
                && (language != LanguageCodes.Dutch || PhraseBreakers.CanFollowInDutch(document.Word(w - 1), document.Word(w))))
            {
                continue;
            }

            if (runStart >= 0)
            {
                AddRun(runStart, WithoutBrokenCompound(document, runStart, w, end), english);
            }

            // A phrase never starts inside a hyphenated compound: "16-year-old son" gives no "old son".
            runStart = isPhraseWord && !(w > first && HyphenJoined(document, w - 1, w)) ? w : -1;
        }
    }

    // In English a word outside every name does not join a name after it: a lower-case one never ("summer Keith Vaz"),
    // a capitalised one that only opens the sentence not a name of two words or more ("Tourist David Meadwell" in an
    // article that also writes "tourists"), though it may join one word ("Police Scotland").
    private bool StartsNameAfterCommonWord(int word) =>
        IsCapitalised(_document, word) && !_names.InName(word - 1)
        && (!IsCapitalised(_document, word - 1) || _names.WordsToNameEnd(word) >= 2);

    private void AddRun(int start, int end, bool english)
    {
        if (english && end - start > 1 && IsPastTenseBeforeName(_document, start))
        {
            // "backed Rodgers", "promoted Burton": a verb and its object, not a topic.
            start++;
        }

        // Long runs are usually lists of names or numbers; they are cut into windows of at most four words, never
        // between two capitalised words, so a phrase never starts or ends inside a name.
        for (var from = start; from < end;)
        {
            var to = Math.Min(end, from + MaxWindowWords);
            while (to < end && to - from > 1 && IsCapitalised(_document, to - 1) && IsCapitalised(_document, to))
            {
                to--;
            }

            if (to < end && IsCapitalised(_document, to - 1) && IsCapitalised(_document, to))
            {
                // A name longer than a window ("Port Authority Chairman Daniel Price"): its title words go, and the
                // parts around them ("Port Authority", "Daniel Price") are phrases when they fit.
                var nameEnd = to;
                while (nameEnd < end && IsCapitalised(_document, nameEnd))
                {
                    nameEnd++;
                }

                AddLongName(from, nameEnd);
                from = nameEnd;
                continue;
            }

            AddWindow(from, TrimEnd(_document, from, to));
            from = to;
        }
    }

    private void AddLongName(int from, int to)
    {
        var partStart = from;
        for (var w = from; w <= to; w++)
        {
            if (w < to && !Is(_document, w, WordFlags.Title))
            {
                continue;
            }

            if (w - partStart <= MaxWindowWords)
            {
                AddWindow(partStart, w);
            }
            else
            {
                for (var single = partStart; single < w; single++)
                {
                    Add(single, single + 1);
                }
            }

            partStart = w + 1;
        }
    }

    private void AddWindow(int from, int to)
    {
        if (to <= from)
        {
            return;
        }

        Add(from, to);
        if (to - from > 1)
        {
            for (var w = from; w < to; w++)
            {
                Add(w, w + 1);
            }
        }
    }

    // Every name of the sentence, whole: the windows cut some ("Dubai" of "Dubai Open", "Minister Peter Robinson"),
    // and those that hold a word the windows skip ("US Drug Enforcement Administration", "League One") they miss.
    private void AddWholeNames()
    {
        for (var w = _document.SentenceFirstWord[_sentence]; _names.TryNextPart(ref w, out var from, out var to);)
        {
            if (to - from <= PhraseKey.MaxWords)
            {
                Add(from, to);
            }
        }
    }

    private void Add(int from, int to)
    {
        var key = KeyOf(from, to);
        if (key.ContentLength == 0)
        {
            return;
        }

        // One probe of the index whether the phrase is new or seen before.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, key, out var seen);
        if (seen)
        {
            ref var candidate = ref CollectionsMarshal.AsSpan(_candidates)[slot];
            if (candidate.LastWord == from)
            {
                return;
            }

            candidate = candidate with { Occurrences = candidate.Occurrences + 1, LastWord = from };
            if (!candidate.Whole && _names.IsWhole(from, to))
            {
                candidate = candidate with { ShownWord = from, ShownEnd = to, Whole = true };
            }

            return;
        }

        slot = _candidates.Count;
        _candidates.Add(new PhraseCandidate(key, from, _sentence, from, to, 1, _names.IsWhole(from, to), from));
    }

    // Terms of the words; a word without one, which only a name holds, is told apart by its text.
    private PhraseKey KeyOf(int from, int to)
    {
        Span<int> terms = stackalloc int[PhraseKey.MaxWords];
        for (var w = from; w < to; w++)
        {
            var term = _document.WordTerms[w];
            terms[w - from] = term >= 0 ? term : PhraseKey.NameWord(_document.Word(w));
        }

        return PhraseKey.Of(terms[..(to - from)]);
    }
}
