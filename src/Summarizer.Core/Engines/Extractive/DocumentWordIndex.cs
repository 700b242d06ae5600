using System.Numerics;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// The words already met in the document being analysed, keyed by where they stand in its text, with their terms and
/// flags. An article repeats about half its words, and this small table (reused by the thread, so it stays in the
/// processor's cache) answers a repeat far faster than the thread's large <see cref="WordCache"/> can. Its hash is not
/// randomised, so a probe gives up after <see cref="MaxProbes"/> slots and the word is simply looked up in full:
/// text written to collide costs time, never correctness.
/// </summary>
internal sealed class DocumentWordIndex
{
    private const int MaxProbes = 32;
    private const int MinSlots = 256;
    // 256 KiB per thread at most; a longer article fills the table and its later new words are looked up in full.
    private const int MaxSlots = 1 << 14;

    [ThreadStatic]
    private static DocumentWordIndex? t_index;

    private Entry[] _slots = new Entry[MinSlots];
    private int _mask;

    /// <summary>The calling thread's index, emptied for a document of about <paramref name="words"/> words.</summary>
    public static DocumentWordIndex For(int words)
    {
        var index = t_index ??= new DocumentWordIndex();
        index.Reset(words);
        return index;
    }

    /// <summary>
    /// The term and flags of the word at <paramref name="start"/> in <paramref name="text"/> (the document's, every
    /// time), from this index or else from <paramref name="lexicon"/>.
    /// </summary>
    public int Lookup(string text, int start, int length, TermLexicon lexicon, out WordFlags flags)
    {
        var word = text.AsSpan(start, length);
        var hash = Hash(word);
        var slot = hash & _mask;
        for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & _mask)
        {
            ref var entry = ref _slots[slot];
            if (entry.Length == 0)
            {
                var term = lexicon.Lookup(word, out flags);
                entry = new Entry(hash, start, term, (byte)length, flags);
                return term;
            }

            if (entry.Hash == hash && entry.Length == length && text.AsSpan(entry.Start, length).SequenceEqual(word))
            {
                flags = entry.Flags;
                return entry.Term;
            }
        }

        return lexicon.Lookup(word, out flags);
    }

    private void Reset(int words)
    {
        var slots = Math.Clamp((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, words) * 2), MinSlots, MaxSlots);
        if (slots > _slots.Length)
        {
            _slots = new Entry[slots];
        }
        else
        {
            Array.Clear(_slots, 0, slots);
        }

        _mask = slots - 1;
    }

    // FNV-1a over the characters: cheap for short words; MaxProbes bounds the cost of collisions.
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    // Length 0 marks an empty slot: a word has at least one character and at most WordTokenizer.MaxWordLength.
    private readonly record struct Entry(int Hash, int Start, int Term, byte Length, WordFlags Flags);
}
