using System.Collections.Frozen;

namespace Summarizer.Core.Languages;

/// <summary>
/// A light stemmer driven by a table of inflectional endings: it removes the longest ending that leaves a stem of at
/// least the minimum length, once. Light on purpose: conflating plural, case and gender forms is what sentence
/// matching needs, and stripping derivational suffixes too would merge unrelated words.
/// </summary>
internal sealed class SuffixStemmer : TruncatingStemmer
{
    private readonly FrozenDictionary<char, string[]> _suffixesByLastLetter;
    private readonly int _minStemLength;
    private readonly bool _undoubleFinalConsonant;

    /// <param name="language">ISO 639-1 code.</param>
    /// <param name="suffixes">Endings to strip, in any order; the longest match wins.</param>
    /// <param name="minStemLength">Shortest stem left behind, so short words are never cut down to nothing.</param>
    /// <param name="undoubleFinalConsonant">Dutch doubles a consonant before an ending (katten, kat); undo it.</param>
    public SuffixStemmer(string language, IEnumerable<string> suffixes, int minStemLength, bool undoubleFinalConsonant = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minStemLength, 1);
        Language = language;
        _minStemLength = minStemLength;
        _undoubleFinalConsonant = undoubleFinalConsonant;

        // Bucketing by last letter means a word is compared with a handful of endings, not the whole table.
        _suffixesByLastLetter = suffixes
            .Distinct(StringComparer.Ordinal)
            .GroupBy(suffix => suffix[^1])
            .ToFrozenDictionary(
                group => group.Key,
                group => group.OrderByDescending(suffix => suffix.Length).ThenBy(suffix => suffix, StringComparer.Ordinal).ToArray());
    }

    public override string Language { get; }

    protected override int StemLength(ReadOnlySpan<char> word)
    {
        if (word.Length <= _minStemLength || !_suffixesByLastLetter.TryGetValue(word[^1], out var suffixes))
        {
            return word.Length;
        }

        foreach (var suffix in suffixes)
        {
            var stemLength = word.Length - suffix.Length;
            if (stemLength >= _minStemLength && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return _undoubleFinalConsonant ? Undouble(word, stemLength) : stemLength;
            }
        }

        return word.Length;
    }

    private int Undouble(ReadOnlySpan<char> word, int stemLength)
    {
        var last = word[stemLength - 1];
        var doubled = stemLength - 1 >= _minStemLength && word[stemLength - 2] == last && !IsVowel(last);
        return doubled ? stemLength - 1 : stemLength;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
