namespace Summarizer.Core.Languages;

/// <summary>
/// Base of stemmers that only ever cut an ending off, never rewrite letters: one core computes the stem's length and
/// both public overloads slice, so the span overload allocates nothing and the string overload only when it cuts.
/// </summary>
internal abstract class TruncatingStemmer : IStemmer
{
    public abstract string Language { get; }

    public string Stem(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        var length = StemLength(lowerWord);
        return length == lowerWord.Length ? lowerWord : lowerWord[..length];
    }

    public ReadOnlySpan<char> Stem(ReadOnlySpan<char> lowerWord) => lowerWord[..StemLength(lowerWord)];

    /// <summary>How many leading characters of the word form its stem; the word's length when nothing is stripped.</summary>
    protected abstract int StemLength(ReadOnlySpan<char> word);
}
