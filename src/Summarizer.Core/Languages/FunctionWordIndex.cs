using System.Collections.Frozen;

namespace Summarizer.Core.Languages;

/// <summary>
/// Every stop word of every supported language, mapped to a bit mask of the languages that use it. The detector reads
/// the stop-word lists rather than a list of its own so that one curated source of function words serves both jobs.
/// </summary>
internal sealed class FunctionWordIndex
{
    private readonly FrozenDictionary<string, ushort> _languagesByWord;

    private FunctionWordIndex(FrozenDictionary<string, ushort> languagesByWord)
    {
        _languagesByWord = languagesByWord;
        Lookup = languagesByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestWord = languagesByWord.Keys.Max(word => word.Length);
    }

    /// <summary>Built on first use from the embedded lists; the type initializer makes the build run once.</summary>
    public static FunctionWordIndex Shared { get; } = Build();

    /// <summary>Looks up words as spans of a buffer, so tallying a text allocates nothing per word.</summary>
    public FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>Length of the longest function word: longer words need no lookup.</summary>
    public int LongestWord { get; }

    public int Count => _languagesByWord.Count;

    private static FunctionWordIndex Build()
    {
        var languagesByWord = new Dictionary<string, ushort>(StringComparer.Ordinal);
        for (var index = 0; index < LanguageCodes.Supported.Count; index++)
        {
            foreach (var word in StopWords.For(LanguageCodes.Supported[index]).Words)
            {
                languagesByWord[word] = (ushort)(languagesByWord.GetValueOrDefault(word) | (1 << index));
            }
        }

        return new FunctionWordIndex(languagesByWord.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
