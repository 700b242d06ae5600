using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Tells whether an English sentence leans on the one before it: it opens with a pronoun ("He", "They"), a
/// demonstrative ("This") or a connective ("But", "However"), or it is a question. Lifted out of context, such a
/// sentence reads as a fragment, so it makes a poor summary sentence.
/// </summary>
internal static class DependentOpening
{
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["he", "she", "it", "they", "his", "her", "their", "its", "this", "that", "these", "those", "we", "i", "you",
         "but", "and", "so", "yet", "however", "meanwhile", "also", "instead", "still", "then", "there", "here", "such"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Applies(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.TrimStart("\"'“‘ ");
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        if (end > 0 && OpenerLookup.Contains(trimmed[..end]))
        {
            return true;
        }

        var last = sentence.TrimEnd("\"'”’) ");
        return last.Length > 0 && last[^1] == '?';
    }
}
