using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Tells whether an English sentence needs the one before it to be understood: it opens, after any connective the
/// shortener would drop, with a pronoun or a back-reference ("He", "They", "This", "Such"), or it is a quotation
/// attributed to a pronoun ("'We have patched it,' she told reporters"). Shown without its antecedent, the reader
/// cannot tell who "she" is.
/// </summary>
internal static class BackReference
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "it", "they", "him", "them", "his", "her", "their", "its", "this", "that", "these", "those", "such",
         "theirs", "hers", "both", "the latter", "the former"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectives = FrozenSet.ToFrozenSet(
        ["but", "and", "however", "meanwhile", "also", "still", "yet", "so", "moreover", "instead", "indeed", "now"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerPronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Applies(ReadOnlySpan<char> sentence)
    {
        var rest = sentence.TrimStart();
        var quoted = rest.Length > 0 && rest[0] is '"' or '“' or '\'' or '‘';
        for (var words = 0; words < 2; words++)
        {
            var word = FirstWord(rest, out var after);
            if (word.IsEmpty)
            {
                return false;
            }

            if (Pronouns.Contains(word))
            {
                return true;
            }

            if (!Connectives.Contains(word))
            {
                break;
            }

            rest = after;
        }

        return quoted && IsAttributedToPronoun(sentence);
    }

    // '"…," she told reporters.' / '"…," he said.': the words right after the closing quotation mark.
    private static bool IsAttributedToPronoun(ReadOnlySpan<char> sentence)
    {
        var close = sentence[1..].IndexOfAny("\"”’'");
        while (close >= 0)
        {
            close++;
            var after = sentence[(close + 1)..].TrimStart();
            var word = FirstWord(after, out _);
            if (!word.IsEmpty && close > 0 && sentence[close - 1] is ',' or '?' or '!')
            {
                return SpeakerPronouns.Contains(word);
            }

            var next = sentence[(close + 1)..].IndexOfAny("\"”’'");
            close = next < 0 ? -1 : close + next;
        }

        return false;
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text, out ReadOnlySpan<char> after)
    {
        var trimmed = text.TrimStart("\"'“‘ ");
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        after = trimmed[end..].TrimStart(", ");
        return trimmed[..end];
    }
}
