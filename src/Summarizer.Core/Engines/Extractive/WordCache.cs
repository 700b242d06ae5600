using System.Runtime.CompilerServices;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// One thread's memory of one language's words: each written form seen, with its stem's number and flags, each stem
/// with its number, and which term each stem is in the document being analysed. News reuses the same few thousand
/// words article after article, so once warm a word costs one probe of an open-addressed table that holds short forms
/// in its slots (one read of memory, no comparer calls), and a document numbers its terms through an array indexed by
/// stem. Bounded: past <c>maxEntries</c> forms (or stems) nothing more is remembered; a probe gives up after
/// <see cref="MaxProbes"/> slots, so text written to collide costs a recomputation, never a long search. One thread
/// only (<see cref="TermNormalizer"/> keeps one per thread), so nothing here locks.
/// </summary>
internal sealed class WordCache
{
    /// <summary>Most forms, and most stems, remembered by default.</summary>
    public const int DefaultMaxEntries = 100_000;

    /// <summary>The stem number of a form whose stem came after the cache was full (<see cref="TermLexicon"/> keys it by text).</summary>
    public const int Unnumbered = int.MinValue;

    /// <summary>Forms up to this long live in the table's slots; longer ones (a few in a hundred) in a dictionary.</summary>
    private const int InlineLength = 11;

    private const int MaxProbes = 16;
    private const int InitialSlots = 4096;

    // Chosen once per process, so which words collide cannot be worked out in advance.
    private static readonly uint Seed = (uint)Random.Shared.Next();

    private readonly Dictionary<string, WordForm> _longForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _longFormsBySpan;
    private readonly Dictionary<string, int> _stems = new(InitialSlots, StringComparer.Ordinal);
    private readonly int _maxEntries;
    private Slot[] _slots = new Slot[InitialSlots];
    private int _forms;
    private StemMark[] _stemMarks = new StemMark[InitialSlots];

    public WordCache(int maxEntries = DefaultMaxEntries)
    {
        _maxEntries = maxEntries;
        _longFormsBySpan = _longForms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The document whose terms are being numbered (see <see cref="BeginDocument"/>).</summary>
    public int Document { get; private set; }

    public bool TryGet(ReadOnlySpan<char> word, out WordForm form)
    {
        if (word.Length > InlineLength)
        {
            return _longFormsBySpan.TryGetValue(word, out form);
        }

        var hash = Hash(word);
        var mask = _slots.Length - 1;
        for (int probe = 0, i = hash & mask; probe < MaxProbes; probe++, i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Hash == 0)
            {
                break;
            }

            if (slot.Hash == hash && slot.Length == word.Length && ((ReadOnlySpan<char>)slot.Key)[..word.Length].SequenceEqual(word))
            {
                form = new WordForm(slot.Stem, slot.Flags);
                return true;
            }
        }

        form = default;
        return false;
    }

    /// <summary>Remembers a form (while there is room) with its stem, or null for a stop word, and returns it.</summary>
    public WordForm Add(ReadOnlySpan<char> word, string? stem, WordFlags flags)
    {
        var form = new WordForm(stem is null ? TermLexicon.StopWord : NumberOf(stem), flags);
        if (_forms + _longForms.Count >= _maxEntries)
        {
            return form;
        }

        if (word.Length > InlineLength)
        {
            _longFormsBySpan.TryAdd(word, form);
            return form;
        }

        if ((_forms + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (Insert(_slots, Hash(word), word, form))
        {
            _forms++;
        }

        return form;
    }

    /// <summary>Starts numbering the terms of a new document from zero; the old numbering no longer applies.</summary>
    public int BeginDocument()
    {
        if (++Document == 0)
        {
            // After four billion documents on one thread the marks would repeat; start them over.
            Array.Clear(_stemMarks);
            Document = 1;
        }

        return Document;
    }

    /// <summary>The term number of stem <paramref name="stem"/> in the current document; a stem new to it takes <paramref name="nextTerm"/>.</summary>
    public int TermOf(int stem, ref int nextTerm)
    {
        ref var mark = ref _stemMarks[stem];
        if (mark.Document != Document)
        {
            mark = new StemMark(Document, nextTerm++);
        }

        return mark.Term;
    }

    private int NumberOf(string stem)
    {
        if (_stems.TryGetValue(stem, out var number))
        {
            return number;
        }

        if (_stems.Count >= _maxEntries)
        {
            return Unnumbered;
        }

        number = _stems.Count;
        _stems.Add(stem, number);
        if (number == _stemMarks.Length)
        {
            Array.Resize(ref _stemMarks, number * 2);
        }

        return number;
    }

    // False when the probe limit passed without a free slot: the form is then simply not remembered.
    private static bool Insert(Slot[] slots, int hash, ReadOnlySpan<char> word, WordForm form)
    {
        var mask = slots.Length - 1;
        for (int probe = 0, i = hash & mask; probe < MaxProbes; probe++, i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Hash == 0)
            {
                slot.Hash = hash;
                slot.Stem = form.Stem;
                slot.Flags = form.Flags;
                slot.Length = (byte)word.Length;
                word.CopyTo(slot.Key);
                return true;
            }
        }

        return false;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _forms = 0;
        foreach (ref readonly var slot in old.AsSpan())
        {
            if (slot.Hash != 0 && Insert(_slots, slot.Hash, ((ReadOnlySpan<char>)slot.Key)[..slot.Length], new WordForm(slot.Stem, slot.Flags)))
            {
                _forms++;
            }
        }
    }

    // FNV-1a from a per-process seed, then mixed so the low bits that pick a slot depend on every character; never 0,
    // which marks an empty slot.
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u ^ Seed;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return (int)(hash | 1);
    }

    // 32 bytes: one form of up to InlineLength characters, its stem's number and flags.
    private struct Slot
    {
        public int Hash;
        public int Stem;
        public WordFlags Flags;
        public byte Length;
        public KeyChars Key;
    }

    [InlineArray(InlineLength)]
    private struct KeyChars
    {
        private char _first;
    }

    private readonly record struct StemMark(int Document, int Term);
}
