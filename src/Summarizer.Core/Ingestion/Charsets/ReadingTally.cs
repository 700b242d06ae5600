using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// What one reading of a sample holds beyond ASCII, counted in one pass over its characters: letters of each script,
/// and the marks of a wrong reading. ASCII characters read the same in every candidate, so they count only as
/// context (the letter before, the space between).
/// </summary>
internal struct ReadingTally
{
    /// <summary>Non-ASCII letters (and combining marks) per <see cref="WritingScript"/>.</summary>
    public ScriptCounts Letters;

    /// <summary>U+FFFD, control codes and private-use characters: bytes the encoding does not define as text.</summary>
    public int Undefined;

    /// <summary>Punctuation and spaces that are not glued to a letter: what text holds beyond letters.</summary>
    public int Punctuation;

    /// <summary>Other symbols (°, №, box drawing, arithmetic) not glued to a letter: a little in text, much in a wrong reading.</summary>
    public int Symbols;

    /// <summary>Non-ASCII letters of a script other than Latin glued to an ASCII letter: a Latin text read as Cyrillic.</summary>
    public int MixedWords;

    /// <summary>Lower-case letters opening a sentence or an element (after ". " or "&gt;"): a caseless script read as one with cases.</summary>
    public int LowerSentenceStarts;

    /// <summary>Upper-case non-ASCII letters: text in a script with cases writes most letters in lower case, a caseless script read as one does not.</summary>
    public int UpperCase;

    /// <summary>Lower-case non-ASCII letters.</summary>
    public int LowerCase;

    /// <summary>
    /// Upper-case non-ASCII letters right after a lower-case letter ("пРИВЕТ"): a reading with the cases swapped (KOI8-R
    /// read as windows-1251). Words in capitals are text (headlines), so only the change from lower to upper counts.
    /// </summary>
    public int UpperInsideWords;

    /// <summary>
    /// Non-ASCII symbols glued to the front of a letter, inside a word or opening one, where a wrong reading puts №, ¶ or
    /// box drawing. Opening quotes and brackets, dashes, ¿ and ¡ open words, and a script's own punctuation (צה״ל) stands inside them.
    /// </summary>
    public int SymbolsInWords;

    /// <summary>Non-ASCII Latin letters with a non-ASCII letter on both sides: Latin scripts mix accents into ASCII words, other scripts read as Latin do not.</summary>
    public int LatinInRuns;

    /// <summary>
    /// Letters that seldom stand where they stand: letters few languages of their script use (Serbian ђ, Greek ΰ), a
    /// word-final ς inside a word, a combining mark with no letter before it. Wrong readings are full of them.
    /// </summary>
    public int Unlikely;

    /// <summary>An ideograph, one space, an ideograph: Chinese and Japanese are written without spaces, Korean read as Chinese is not.</summary>
    public int SpacedIdeographs;

    /// <summary>Cyrillic letters of Serbian and Macedonian only, and Greek letters with a diaeresis and a tone mark.</summary>
    private static readonly SearchValues<char> RareLetters = SearchValues.Create("ђѓѕјљњћќџЂЃЅЈЉЊЋЌЏΰΐ");

    public static ReadingTally Of(ReadOnlySpan<char> text)
    {
        var tally = default(ReadingTally);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u0080')
            {
                tally.SpacedIdeographs += c == ' ' && IsIdeograph(text, i - 1) && IsIdeograph(text, i + 1) ? 1 : 0;
                continue;
            }

            tally.Count(text, i, c);
        }

        return tally;
    }

    private void Count(ReadOnlySpan<char> text, int i, char c)
    {
        var script = WritingScripts.Of(c);
        if (script == WritingScript.None)
        {
            if (c == '\uFFFD' || c < '\u00A0' || char.IsBetween(c, '\uE000', '\uF8FF'))
            {
                Undefined++;
            }
            else if (IsLetter(text, i + 1) && (IsLetter(text, i - 1) ? !IsOwnPunctuation(c) : !OpensAWord(c)))
            {
                SymbolsInWords++;
            }
            else if (char.IsPunctuation(c) || char.IsWhiteSpace(c))
            {
                Punctuation++;
            }
            else
            {
                Symbols++;
            }

            return;
        }

        Letters[(int)script]++;
        if (script != WritingScript.Latin && (IsAsciiLetter(text, i - 1) || IsAsciiLetter(text, i + 1)))
        {
            MixedWords++;
        }

        if (char.IsLower(c) && StartsASentence(text, i))
        {
            LowerSentenceStarts++;
        }

        if (char.IsUpper(c))
        {
            UpperCase++;
            UpperInsideWords += i > 0 && char.IsLower(text[i - 1]) ? 1 : 0;
        }
        else if (char.IsLower(c))
        {
            LowerCase++;
        }

        if (RareLetters.Contains(c) || (c == 'ς' && IsLetter(text, i + 1)) || (IsMark(c) && !IsLetter(text, i - 1)))
        {
            Unlikely++;
        }

        if (script == WritingScript.Latin && IsNonAsciiLetter(text, i - 1) && IsNonAsciiLetter(text, i + 1))
        {
            LatinInRuns++;
        }
    }

    /// <summary>Every non-ASCII letter.</summary>
    public readonly int AllLetters
    {
        get
        {
            var sum = 0;
            foreach (var count in Letters)
            {
                sum += count;
            }

            return sum;
        }
    }

    private static bool IsAsciiLetter(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && char.IsAsciiLetter(text[i]);

    private static bool StartsASentence(ReadOnlySpan<char> text, int i) =>
        (i >= 1 && text[i - 1] == '>') || (i >= 2 && text[i - 1] == ' ' && text[i - 2] is '.' or '!' or '?');

    private static bool IsOwnPunctuation(char c) => WritingScripts.Block(c) is not (WritingScript.Latin or WritingScript.Other) || OpensAWord(c);

    private static bool OpensAWord(char c) => c is '¿' or '¡' || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is UnicodeCategory.OpenPunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.DashPunctuation;

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsLetter(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && WritingScripts.IsLetterOrMark(text[i]);

    private static bool IsNonAsciiLetter(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && text[i] >= '\u0080' && WritingScripts.IsLetterOrMark(text[i]);

    private static bool IsIdeograph(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && WritingScripts.Of(text[i]) == WritingScript.Han;

    /// <summary>One count per <see cref="WritingScript"/> value (eleven), held inline so a tally allocates nothing.</summary>
    [InlineArray(11)]
    internal struct ScriptCounts
    {
        private int _first;
    }
}
