using System.Collections.Frozen;

namespace Summarizer.Core.Languages;

/// <summary>The stop words of one language: words too common to say what a sentence is about.</summary>
public sealed class StopWordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    internal StopWordSet(string language, IEnumerable<string> words)
    {
        Language = language;
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _spanLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The set for languages without a list: it contains nothing, so every word counts as content.</summary>
    public static StopWordSet Empty { get; } = new(LanguageCodes.Undetermined, []);

    /// <summary>The ISO 639-1 code of the list, or "und" for <see cref="Empty"/>.</summary>
    public string Language { get; }

    public int Count => _words.Count;

    /// <summary>Every word in the set, lower case.</summary>
    public IReadOnlySet<string> Words => _words;

    /// <summary>Whether a lower-case word is a stop word. Matching is ordinal: callers lower-case first.</summary>
    public bool Contains(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        return _words.Contains(lowerWord);
    }

    /// <inheritdoc cref="Contains(string)"/>
    public bool Contains(ReadOnlySpan<char> lowerWord) => _spanLookup.Contains(lowerWord);
}
