namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Language-specific word handling the engine needs: which words carry no content, how to stem the rest, and the
/// <see cref="WordFlags"/> key phrases use. Each written form is worked out once, then read from the language's
/// <see cref="WordCache"/>, which every thread shares.
/// </summary>
internal sealed class TermNormalizer(
    Func<string, bool> isStopWord, Func<string, string> stem, Func<ReadOnlySpan<char>, WordFlags> classify, int maxCachedWords = WordCache.DefaultMaxEntries)
{
    private const int MaxStackWord = 64;

    public WordCache Cache { get; } = new(maxCachedWords);

    /// <summary>A word as written in the text.</summary>
    public WordForm Read(ReadOnlySpan<char> word) =>
        Cache.TryGet(word, out var form) ? form : Cache.Add(word, Stem(word), classify(word));

    /// <summary>The stem of a word as written in the text, or null for a stop word or a lone letter.</summary>
    public string? Stem(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= MaxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        var lower = buffer.ToString();
        var stemmed = isStopWord(lower) || (lower.Length == 1 && !char.IsDigit(lower[0])) ? string.Empty : stem(lower);
        return stemmed.Length == 0 ? null : stemmed;
    }
}
