namespace Summarizer.Core.Text;

/// <summary>
/// One word of a text as the tokenizer found it. <see cref="Normalize"/> gives the form every comparison uses:
/// lower-case (invariant), with a typographic apostrophe turned into a plain one.
/// </summary>
public readonly ref struct WordToken
{
    internal WordToken(ReadOnlySpan<char> original, int start)
    {
        Original = original;
        Start = start;
    }

    /// <summary>The word as written in the text (at most <see cref="WordTokenizer.MaxWordLength"/> characters).</summary>
    public ReadOnlySpan<char> Original { get; }

    /// <summary>Offset of the word in the text that was tokenised.</summary>
    public int Start { get; }

    public int Length => Original.Length;

    /// <summary>
    /// Writes the normalised word into <paramref name="destination"/> and returns that part of it. A buffer of
    /// <see cref="WordTokenizer.MaxWordLength"/> characters always suffices, so a caller can use one stack buffer
    /// for a whole text and look words up by span without allocating.
    /// </summary>
    public ReadOnlySpan<char> Normalize(Span<char> destination)
    {
        var original = Original;
        if (destination.Length < original.Length)
        {
            throw new ArgumentException($"The buffer must hold at least {original.Length} characters.", nameof(destination));
        }

        // A per-character loop: words are short, and the span-wide ToLowerInvariant costs more in set-up than it saves.
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            destination[i] = c switch
            {
                >= 'A' and <= 'Z' => (char)(c | 0x20),
                < '\u0080' => c,
                '’' => '\'',
                _ => char.ToLowerInvariant(c),
            };
        }

        return destination[..original.Length];
    }

    /// <summary>The normalised word as a new string.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[WordTokenizer.MaxWordLength];
        return new string(Normalize(buffer));
    }
}
