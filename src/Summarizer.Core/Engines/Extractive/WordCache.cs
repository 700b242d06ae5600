using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// The process's memory of one language's words: each written form seen, with its stem's number and flags, and each
/// stem with its number. News reuses the same few thousand words article after article, so once warm a word costs one
/// probe of an open-addressed table that holds short forms in its slots (one read of memory, no comparer calls, no
/// lock). Every thread shares it, so it is learnt once, however many threads summarise: readers never lock, and a
/// writer (a form not seen before) publishes a slot only once it is complete and a larger table only once it is full.
/// Bounded: past <c>maxEntries</c> forms (or stems) nothing more is remembered, and a probe gives up after
/// <see cref="MaxProbes"/> slots, so text written to collide costs a recomputation, never a long search.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One per language, kept for the process's lifetime.")]
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

    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, WordForm> _longForms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _longFormsBySpan;
    private readonly Dictionary<string, int> _stems = new(InitialSlots, StringComparer.Ordinal);
    private readonly ThreadLocal<StemMarks> _marks = new(() => new StemMarks());
    private readonly int _maxEntries;
    private Slot[] _slots = new Slot[InitialSlots];
    private int _forms;

    public WordCache(int maxEntries = DefaultMaxEntries)
    {
        _maxEntries = maxEntries;
        _longFormsBySpan = _longForms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The calling thread's numbering of stems as the terms of the document it analyses.</summary>
    public StemMarks Marks => _marks.Value!;

    public bool TryGet(ReadOnlySpan<char> word, out WordForm form)
    {
        if (word.Length > InlineLength)
        {
            return _longFormsBySpan.TryGetValue(word, out form);
        }

        return TryGet(Volatile.Read(ref _slots), Hash(word), word, out form);
    }

    /// <summary>Remembers a form (while there is room) with its stem, or null for a stop word, and returns it.</summary>
    public WordForm Add(ReadOnlySpan<char> word, string? stem, WordFlags flags)
    {
        lock (_lock)
        {
            var form = new WordForm(stem is null ? TermLexicon.StopWord : NumberOf(stem), flags);
            if (_forms + _longForms.Count >= _maxEntries)
            {
                return form;
            }

            if (word.Length > InlineLength)
            {
                return _longFormsBySpan.TryAdd(word, form) ? form : _longFormsBySpan[word];
            }

            var hash = Hash(word);
            if (TryGet(_slots, hash, word, out var known))
            {
                // Another thread learnt it first.
                return known;
            }

            if ((_forms + 1) * 2 > _slots.Length)
            {
                Volatile.Write(ref _slots, Grown(_slots));
            }

            if (Insert(_slots, hash, word, form))
            {
                _forms++;
            }

            return form;
        }
    }

    private static bool TryGet(Slot[] slots, int hash, ReadOnlySpan<char> word, out WordForm form)
    {
        var mask = slots.Length - 1;
        for (int probe = 0, i = hash & mask; probe < MaxProbes; probe++, i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            var slotHash = Volatile.Read(ref slot.Hash);
            if (slotHash == 0)
            {
                break;
            }

            if (slotHash == hash && slot.Length == word.Length && ((ReadOnlySpan<char>)slot.Key)[..word.Length].SequenceEqual(word))
            {
                form = new WordForm(slot.Stem, slot.Flags);
                return true;
            }
        }

        form = default;
        return false;
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
        return number;
    }

    // False when the probe limit passed without a free slot: the form is then simply not remembered. The hash is
    // written last, so a reader that sees it sees the whole slot.
    private static bool Insert(Slot[] slots, int hash, ReadOnlySpan<char> word, WordForm form)
    {
        var mask = slots.Length - 1;
        for (int probe = 0, i = hash & mask; probe < MaxProbes; probe++, i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Hash == 0)
            {
                slot.Stem = form.Stem;
                slot.Flags = form.Flags;
                slot.Length = (byte)word.Length;
                word.CopyTo(slot.Key);
                Volatile.Write(ref slot.Hash, hash);
                return true;
            }
        }

        return false;
    }

    // A copy twice the size, filled before anyone can see it; readers of the old table still find what it held.
    private Slot[] Grown(Slot[] slots)
    {
        var grown = new Slot[slots.Length * 2];
        _forms = 0;
        foreach (ref readonly var slot in slots.AsSpan())
        {
            if (slot.Hash != 0 && Insert(grown, slot.Hash, ((ReadOnlySpan<char>)slot.Key)[..slot.Length], new WordForm(slot.Stem, slot.Flags)))
            {
                _forms++;
            }
        }

        return grown;
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
}
