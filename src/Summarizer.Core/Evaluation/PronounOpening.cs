using System.Collections.Frozen;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Tells whether an English summary sentence opens with a pronoun ("He said …", "'It was …", "This means …"). Shown
/// without the sentence that names what it points to, such a sentence leaves the reader guessing, so the share of them
/// is reported next to ROUGE, which cannot see it.
/// </summary>
public static class PronounOpening
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "this", "these", "those", "such"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectives = FrozenSet.ToFrozenSet(
        ["but", "and", "however", "meanwhile", "also", "still", "yet", "so", "now"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the first word, after any opening quotation marks and a connective ("But he said …"), is a personal or
    /// demonstrative pronoun.
    /// </summary>
    public static bool Applies(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var word = FirstWord(sentence.AsSpan().TrimStart("\"'“‘ "), out var rest);
        if (Connectives.Contains(word))
        {
            word = FirstWord(rest.TrimStart(", "), out _);
        }

        return !word.IsEmpty && Pronouns.Contains(word);
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        rest = text[end..];
        return text[..end];
    }

    /// <summary>How many of the summary's lines (one sentence per line) open with a pronoun, and how many lines it has.</summary>
    public static (int Openings, int Sentences) Count(string summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var openings = 0;
        var sentences = 0;
        foreach (var line in summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            sentences++;
            openings += Applies(line) ? 1 : 0;
        }

        return (openings, sentences);
    }
}
