namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// One thread's memory of one language's words: each written form seen, with its stem's number and flags, each stem
/// with its number, and which term each stem is in the document being analysed. News reuses the same few thousand
/// words article after article, so once warm a word costs one lookup, and a document numbers its terms through an
/// array indexed by stem instead of a second table keyed by the stem's text. Bounded: past <c>maxEntries</c>
/// forms (or stems) nothing more is remembered. One thread only (<see cref="TermNormalizer"/> keeps one per thread),
/// so nothing here locks.
/// </summary>
internal sealed class WordCache
{
    /// <summary>Most forms, and most stems, remembered by default.</summary>
    public const int DefaultMaxEntries = 100_000;

    /// <summary>The stem number of a form whose stem came after the cache was full (<see cref="TermLexicon"/> keys it by text).</summary>
    public const int Unnumbered = int.MinValue;

    private const int InitialCapacity = 4096;

    private readonly Dictionary<string, WordForm> _forms = new(InitialCapacity, StringComparer.Ordinal);
    private readonly Dictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _formsBySpan;
    private readonly Dictionary<string, int> _stems = new(InitialCapacity, StringComparer.Ordinal);
    private readonly int _maxEntries;
    private int[] _termOfStem = new int[InitialCapacity];
    private int[] _documentOfStem = new int[InitialCapacity];

    public WordCache(int maxEntries = DefaultMaxEntries)
    {
        _maxEntries = maxEntries;
        _formsBySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The document whose terms are being numbered (see <see cref="BeginDocument"/>).</summary>
    public int Document { get; private set; }

    public bool TryGet(ReadOnlySpan<char> word, out WordForm form) => _formsBySpan.TryGetValue(word, out form);

    /// <summary>Remembers a form (while there is room) with its stem, or null for a stop word, and returns it.</summary>
    public WordForm Add(ReadOnlySpan<char> word, string? stem, WordFlags flags)
    {
        var form = new WordForm(stem is null ? TermLexicon.StopWord : NumberOf(stem), flags);
        if (_forms.Count < _maxEntries)
        {
            _formsBySpan.TryAdd(word, form);
        }

        return form;
    }

    /// <summary>Starts numbering the terms of a new document from zero; the old numbering no longer applies.</summary>
    public int BeginDocument()
    {
        if (++Document == 0)
        {
            // After four billion documents on one thread the marks would repeat; start them over.
            Array.Clear(_documentOfStem);
            Document = 1;
        }

        return Document;
    }

    /// <summary>The term number of stem <paramref name="stem"/> in the current document; a stem new to it takes <paramref name="nextTerm"/>.</summary>
    public int TermOf(int stem, ref int nextTerm)
    {
        if (_documentOfStem[stem] != Document)
        {
            _documentOfStem[stem] = Document;
            _termOfStem[stem] = nextTerm++;
        }

        return _termOfStem[stem];
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
        if (number == _termOfStem.Length)
        {
            Array.Resize(ref _termOfStem, number * 2);
            Array.Resize(ref _documentOfStem, number * 2);
        }

        return number;
    }
}
