namespace Summarizer.Core.Text;

/// <summary>
/// Splits cleaned article text into sentences with their offsets. Every line break ends a sentence and a blank line
/// ends a paragraph; inside a line, terminal punctuation ends a sentence unless it belongs to an abbreviation, an
/// initial, a number, a URL or an ellipsis inside a sentence. See <see cref="SentenceBoundaryRules"/> for the rules.
/// </summary>
public static class SentenceSplitter
{
    // News sentences average well over 100 characters; a modest first guess avoids most list regrowth.
    private const int ExpectedCharactersPerSentence = 120;

    private const int MaxInitialCapacity = 1024;

    /// <summary>The sentences of <paramref name="text"/>, in order; each one's text is <c>text.Substring(Start, Length)</c>.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>(Math.Min(text.Length / ExpectedCharactersPerSentence + 1, MaxInitialCapacity));
        foreach (var bounds in EnumerateBounds(text))
        {
            sentences.Add(new Sentence(bounds.Start, bounds.Length, text.Substring(bounds.Start, bounds.Length), bounds.Paragraph));
        }

        return sentences;
    }

    /// <summary>
    /// The same sentences as <see cref="Split"/>, as offsets only: no strings and no list are allocated, for callers
    /// that work on spans of the original text.
    /// </summary>
    public static SentenceBoundsEnumerator EnumerateBounds(ReadOnlySpan<char> text) => new(text);

    /// <summary>The number of sentences <see cref="Split"/> would return, without allocating.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in EnumerateBounds(text)) count++;
        return count;
    }
}
