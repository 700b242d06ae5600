using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>Word lists written as one space-separated string, looked up by span so a rule reads no substrings.</summary>
internal static class WordSet
{
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ordinal(string words) => Of(words, StringComparer.Ordinal);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IgnoringCase(string words) => Of(words, StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Of(string words, StringComparer comparer) =>
        words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenSet(comparer)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
