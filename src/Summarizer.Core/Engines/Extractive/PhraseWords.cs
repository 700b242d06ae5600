using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// What a word of an analysed document is to a key phrase: whether it may stand in one, whether it joins the word
/// before, and the English word shapes that make it a verb in its sentence ("could aid police", "Wrexham sustained").
/// </summary>
internal static class PhraseWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = FrozenSet.ToFrozenSet(
        ["will", "would", "can", "could", "should", "may", "might", "must", "shall", "cannot", "won't", "can't", "didn't",
         "don't", "doesn't", "wouldn't", "couldn't", "shouldn't"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Numbers, time words and verbs break phrases: "31,000 cars use" is not a topic.
    public static bool IsPhraseWord(AnalyzedDocument document, int word) =>
        document.WordTerms[word] >= 0 && (document.WordFlags[word] & WordFlags.PhraseWord) != 0;

    public static bool IsCapitalised(AnalyzedDocument document, int word) => char.IsUpper(document.Text[document.WordStarts[word]]);

    public static bool Is(AnalyzedDocument document, int word, WordFlags flag) => (document.WordFlags[word] & flag) != 0;

    // After a modal a lower-case word is a verb ("could aid police", "will form larger bodies"), whatever it is elsewhere.
    public static bool IsVerbAfterModal(AnalyzedDocument document, int word) =>
        char.IsLower(document.Word(word)[0]) && Modals.Contains(document.Word(word - 1));

    // A lower-case past tense right before a capitalised word is a verb with its object ("welcomed Taoiseach").
    public static bool IsPastTenseBeforeName(AnalyzedDocument document, int word)
    {
        var text = document.Word(word);
        return text.Length > 4 && char.IsLower(text[0]) && text.EndsWith("ed", StringComparison.Ordinal) && IsCapitalised(document, word + 1);
    }

    // An English past tense after a word of the phrase is its verb ("Wrexham sustained", "verdict triggered"): as an
    // adjective it would stand first ("armed officers"), or be joined by a hyphen ("red-headed").
    public static bool IsPastTenseAfterWord(AnalyzedDocument document, int word)
    {
        var text = document.Word(word);
        return text.Length > 4 && char.IsLower(text[0]) && text.EndsWith("ed", StringComparison.Ordinal) && !HyphenJoined(document, word - 1, word);
    }

    // A run that stops inside a hyphenated compound ("Covid-19", "state-of-the-art") loses the compound's first part.
    public static int WithoutBrokenCompound(AnalyzedDocument document, int start, int end, int sentenceEnd)
    {
        if (end < sentenceEnd)
        {
            while (end > start && HyphenJoined(document, end - 1, end))
            {
                end--;
            }
        }

        return end;
    }

    // An abbreviation's stop may stand before the hyphen: "D.C.-based" is one compound like "Jersey-based".
    public static bool HyphenJoined(AnalyzedDocument document, int left, int right)
    {
        var gapStart = document.WordStarts[left] + document.WordLengths[left];
        var gap = document.Text.AsSpan(gapStart, document.WordStarts[right] - gapStart);
        if (gap.Length > 1 && gap[0] == '.')
        {
            gap = gap[1..];
        }

        return !gap.IsEmpty && !gap.ContainsAnyExcept('-');
    }

    // Words of one name have only spaces, a hyphen, or an initial's or abbreviation's stop between them ("Arnold O.
    // Jones", "U.S. Army"); a possessive does not join them ("CNN's John D. Sutter" is two names).
    public static bool NameJoined(AnalyzedDocument document, int left, int right)
    {
        var gapStart = document.WordStarts[left] + document.WordLengths[left];
        var gap = document.Text.AsSpan(gapStart, document.WordStarts[right] - gapStart);
        if (gap is "-")
        {
            return true;
        }

        var leftWord = document.Word(left);
        if (gap.StartsWith(".") && ((leftWord.Length == 1 && char.IsUpper(leftWord[0])) || leftWord.Contains('.')))
        {
            gap = gap[1..];
        }

        return !gap.IsEmpty && !gap.ContainsAnyExcept(' ', '\u00A0');
    }

    // A colon, or an opening quote right before a word, makes it open a clause as if it began the sentence: it is
    // capitalised for that alone ("Arrest: Another Hawks player").
    public static bool OpensClause(AnalyzedDocument document, int word)
    {
        var text = document.Text;
        var gapStart = document.WordStarts[word - 1] + document.WordLengths[word - 1];
        var at = document.WordStarts[word] - 1;
        if (at < gapStart || text[at] is '"' or '“' or '‘' or '\'')
        {
            return at >= gapStart;
        }

        while (at > gapStart && text[at] == ' ')
        {
            at--;
        }

        return text[at] == ':';
    }

    // A phrase does not end in a word that cannot end one ("divided residents" may stand, "residents divided" may not).
    public static int TrimEnd(AnalyzedDocument document, int start, int end)
    {
        while (end - start > 1 && (document.WordFlags[end - 1] & WordFlags.CannotEndPhrase) != 0)
        {
            end--;
        }

        return end;
    }

    // Words belong to one phrase only when nothing but spaces or a hyphen stands between them, or the stop of an
    // abbreviation ("U.S. President") or a possessive inside a name ("People's Bank").
    public static bool Adjacent(AnalyzedDocument document, int left, int right)
    {
        var gapStart = document.WordStarts[left] + document.WordLengths[left];
        var gap = document.Text.AsSpan(gapStart, document.WordStarts[right] - gapStart);
        var rightCapitalised = IsCapitalised(document, right);
        if (rightCapitalised && gap.StartsWith(".") && document.Word(left).Contains('.'))
        {
            gap = gap[1..];
        }
        else if (rightCapitalised && IsCapitalised(document, left) && (gap.StartsWith("'s") || gap.StartsWith("’s")))
        {
            gap = gap[2..];
        }

        return !gap.ContainsAnyExcept(' ', '-');
    }
}
