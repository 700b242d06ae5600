using System.Collections.Concurrent;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Language-specific word handling the engine needs: which words carry no content, and how to stem the rest. Results
/// are cached across documents (thread-safe, bounded) since the same words recur article after article.
/// </summary>
internal sealed class TermNormalizer
{
    private const int MaxCachedWords = 200_000;
    private const int MaxStackWord = 64;

    private readonly Func<string, bool> _isStopWord;
    private readonly Func<string, string> _stem;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cacheSpan;
    private int _cached;

    public TermNormalizer(Func<string, bool> isStopWord, Func<string, string> stem)
    {
        _isStopWord = isStopWord;
        _stem = stem;
        _cacheSpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The stem of a word as written in the text, or null for a stop word or a lone letter.</summary>
    public string? Normalize(ReadOnlySpan<char> word)
    {
        if (_cacheSpan.TryGetValue(word, out var cached))
        {
            return cached.Length == 0 ? null : cached;
        }

        Span<char> buffer = word.Length <= MaxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        var lower = buffer.ToString();
        var stem = _isStopWord(lower) || (lower.Length == 1 && !char.IsDigit(lower[0])) ? string.Empty : _stem(lower);
        // ConcurrentDictionary.Count takes every lock, so the bound is kept with a counter of our own.
        if (Volatile.Read(ref _cached) < MaxCachedWords && _cacheSpan.TryAdd(word, stem))
        {
            Interlocked.Increment(ref _cached);
        }

        return stem.Length == 0 ? null : stem;
    }
}
