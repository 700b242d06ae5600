namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Maps the words of one document to dense term ids, in order of first appearance: words with the same stem share an
/// id, stop words get <see cref="StopWord"/>. Numbers terms through the analysing thread's <see cref="StemMarks"/>, so
/// it serves that thread only, and only until the thread begins its next document.
/// </summary>
internal sealed class TermLexicon
{
    public const int StopWord = -1;

    private readonly TermNormalizer _normalizer;
    private readonly StemMarks _marks;
    private readonly int _document;
    private Dictionary<string, int>? _unnumbered;
    private int _count;

    public TermLexicon(TermNormalizer normalizer)
    {
        _normalizer = normalizer;
        _marks = normalizer.Cache.Marks;
        _document = _marks.BeginDocument();
    }

    public int Count => _count;

    /// <summary>Returns the term id of a word as it appears in the text, or <see cref="StopWord"/>.</summary>
    public int Lookup(ReadOnlySpan<char> word) => Lookup(word, out _);

    /// <inheritdoc cref="Lookup(ReadOnlySpan{char})"/>
    public int Lookup(ReadOnlySpan<char> word, out WordFlags flags)
    {
        if (_marks.Document != _document)
        {
            throw new InvalidOperationException("A lexicon is read only while its thread analyses its document.");
        }

        var form = _normalizer.Read(word);
        flags = form.Flags;
        return form.Stem switch
        {
            StopWord => StopWord,
            WordCache.Unnumbered => UnnumberedTerm(word),
            var stem => _marks.TermOf(stem, ref _count),
        };
    }

    // A stem the full cache could not number (a flood of distinct words): numbered here, by its text.
    private int UnnumberedTerm(ReadOnlySpan<char> word)
    {
        var stem = _normalizer.Stem(word)!;
        _unnumbered ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!_unnumbered.TryGetValue(stem, out var term))
        {
            term = _count++;
            _unnumbered.Add(stem, term);
        }

        return term;
    }
}
