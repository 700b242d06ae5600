namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Maps the words of one document to dense term ids: words with the same stem share an id, stop words get
/// <see cref="StopWord"/>. Normalising is cached across documents by <see cref="TermNormalizer"/>.
/// </summary>
internal sealed class TermLexicon(TermNormalizer normalizer, int capacity)
{
    public const int StopWord = -1;

    private readonly Dictionary<string, int> _byStem = new(capacity, StringComparer.Ordinal);

    public int Count => _byStem.Count;

    /// <summary>Returns the term id of a word as it appears in the text, or <see cref="StopWord"/>.</summary>
    public int Lookup(ReadOnlySpan<char> word)
    {
        var stem = normalizer.Normalize(word);
        if (stem is null)
        {
            return StopWord;
        }

        if (!_byStem.TryGetValue(stem, out var term))
        {
            term = _byStem.Count;
            _byStem[stem] = term;
        }

        return term;
    }
}
