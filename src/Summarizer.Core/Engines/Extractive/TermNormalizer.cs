namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Language-specific word handling the engine needs: which words carry no content, and how to stem the rest. News
/// reuses the same few thousand words article after article, so results are cached per thread (a plain dictionary is
/// several times faster to probe than a shared concurrent one) and bounded in size.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One per language, kept for the process's lifetime.")]
internal sealed class TermNormalizer(Func<string, bool> isStopWord, Func<string, string> stem)
{
    private const int MaxCachedWords = 100_000;
    private const int MaxStackWord = 64;

    private readonly ThreadLocal<Dictionary<string, string>> _cache = new(() => new Dictionary<string, string>(4096, StringComparer.Ordinal));

    /// <summary>The stem of a word as written in the text, or null for a stop word or a lone letter.</summary>
    public string? Normalize(ReadOnlySpan<char> word)
    {
        var cache = _cache.Value!;
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cached))
        {
            return cached.Length == 0 ? null : cached;
        }

        Span<char> buffer = word.Length <= MaxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        var lower = buffer.ToString();
        var result = isStopWord(lower) || (lower.Length == 1 && !char.IsDigit(lower[0])) ? string.Empty : stem(lower);
        if (cache.Count < MaxCachedWords)
        {
            lookup.TryAdd(word, result);
        }

        return result.Length == 0 ? null : result;
    }
}
