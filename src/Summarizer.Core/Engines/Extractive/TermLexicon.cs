namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Maps the words of one document to dense term ids (stemmed, stop words excluded), caching by surface form so each
/// distinct word is lower-cased, checked and stemmed once however often it occurs.
/// </summary>
internal sealed class TermLexicon
{
    public const int StopWord = -1;
    private const int MaxStackWord = 64;

    private readonly TermNormalizer _normalizer;
    private readonly Dictionary<string, int> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySurfaceSpan;
    private readonly Dictionary<string, int> _byStem = new(StringComparer.Ordinal);
    private readonly List<string> _stems = [];

    public TermLexicon(TermNormalizer normalizer)
    {
        _normalizer = normalizer;
        _bySurfaceSpan = _bySurface.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _stems.Count;

    public string StemOf(int term) => _stems[term];

    /// <summary>Returns the term id of a word as it appears in the text, or <see cref="StopWord"/>.</summary>
    public int Lookup(ReadOnlySpan<char> word)
    {
        if (_bySurfaceSpan.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var term = Resolve(word);
        _bySurface[word.ToString()] = term;
        return term;
    }

    private int Resolve(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= MaxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        var lower = buffer.ToString();
        if (_normalizer.IsStopWord(lower) || (lower.Length == 1 && !char.IsDigit(lower[0])))
        {
            return StopWord;
        }

        var stem = _normalizer.Stem(lower);
        if (!_byStem.TryGetValue(stem, out var id))
        {
            id = _stems.Count;
            _stems.Add(stem);
            _byStem[stem] = id;
        }

        return id;
    }
}
