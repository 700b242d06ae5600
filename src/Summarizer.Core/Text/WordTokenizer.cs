namespace Summarizer.Core.Text;

/// <summary>
/// Splits text into lower-case word tokens, the unit of every similarity measure. See <see cref="WordEnumerator"/>
/// for what counts as a word. <see cref="Tokenize"/> returns strings; <see cref="EnumerateWords"/> and
/// <see cref="CountWords"/> allocate nothing, for hot paths.
/// </summary>
public static class WordTokenizer
{
    /// <summary>
    /// Longest word kept; longer runs (encoded data, URLs without separators) are cut to this length, so a fixed
    /// buffer of this size always holds a normalised word.
    /// </summary>
    public const int MaxWordLength = 64;

    public static List<string> Tokenize(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        Span<char> buffer = stackalloc char[MaxWordLength];
        foreach (var word in EnumerateWords(text))
        {
            words.Add(new string(word.Normalize(buffer)));
        }

        return words;
    }

    /// <summary>The words of <paramref name="text"/> one by one, without allocating.</summary>
    public static WordEnumerator EnumerateWords(ReadOnlySpan<char> text) => new(text);

    /// <summary>The number of words <see cref="Tokenize"/> would return, without allocating.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in EnumerateWords(text)) count++;
        return count;
    }
}
