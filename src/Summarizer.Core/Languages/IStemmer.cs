namespace Summarizer.Core.Languages;

/// <summary>
/// Reduces inflected words to a shared key ("elections" and "election" to "election"; "running" and "runs" to "run") so
/// that sentences can be matched on the words they share. Stems are matching keys, not words to show a reader:
/// "policy" and "policies" both become "polic".
/// </summary>
public interface IStemmer
{
    /// <summary>ISO 639-1 code of the language the stemmer is for, or "und" for the identity stemmer.</summary>
    string Language { get; }

    /// <summary>The stem of a lower-case word; the same instance when nothing was stripped.</summary>
    string Stem(string lowerWord);

    /// <summary>
    /// The stem of a lower-case word. Stemmers that only strip endings return a slice of it and never allocate; the
    /// English (Porter) stemmer rewrites endings and returns new characters.
    /// </summary>
    ReadOnlySpan<char> Stem(ReadOnlySpan<char> lowerWord);
}
