namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Language-specific word handling the engine needs: which words carry no content, how to stem the rest, and the
/// <see cref="WordFlags"/> key phrases use. Each written form is worked out once per thread and then read from that
/// thread's <see cref="WordCache"/> (a plain dictionary per thread is several times faster to probe than a shared
/// concurrent one).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One per language, kept for the process's lifetime.")]
internal sealed class TermNormalizer(
    Func<string, bool> isStopWord, Func<string, string> stem, Func<ReadOnlySpan<char>, WordFlags> classify, int maxCachedWords = WordCache.DefaultMaxEntries)
{
    private const int MaxStackWord = 64;

    private readonly ThreadLocal<WordCache> _caches = new(() => new WordCache(maxCachedWords));

    /// <summary>The calling thread's cache.</summary>
    public WordCache Cache => _caches.Value!;

    /// <summary>A word as written in the text, through <paramref name="cache"/> (the calling thread's).</summary>
    public WordForm Read(WordCache cache, ReadOnlySpan<char> word) =>
        cache.TryGet(word, out var form) ? form : cache.Add(word, Stem(word), classify(word));

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
