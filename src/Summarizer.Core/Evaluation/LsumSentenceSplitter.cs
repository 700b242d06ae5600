using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// The rule-based splitter the reference scorer (eval/sentsplit.py) applies to a one-line hypothesis before
/// ROUGE-Lsum. It is a separate, frozen copy of that rule rather than <see cref="Text.SentenceSplitter"/> because the
/// engine's splitter is free to improve while the scorer must keep agreeing with the published figures. A sentence ends
/// at '.', '!', '?' or '…' (then optional closing quotes or brackets and whitespace) when the next character starts a
/// sentence, unless the period closes a known abbreviation or a single initial.
/// </summary>
internal static class LsumSentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        """
        mr mrs ms messrs mme mlle dr prof sr jr st mt ft gen lt col maj capt cmdr adm sgt cpl pte
        gov sen rep reps pres supt det insp rev fr hon
        no nos vs v etc inc ltd co corp plc bros llc dept univ assn est approx
        jan feb mar apr jun jul aug sep sept oct nov dec
        mon tue tues wed thu thur thurs fri sat sun
        ave blvd rd hwy
        u.s u.k u.n e.u e.g i.e a.m p.m d.c l.a n.y
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private const string Closers = "\"'\u201d\u2019)]\u00bb";
    private const string Openers = "\"'\u201c\u2018([\u00ab";

    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var block = Strip(line);
            if (block.Length > 0)
            {
                SplitBlock(block, sentences);
            }
        }

        return sentences;
    }

    private static void SplitBlock(string block, List<string> sentences)
    {
        var start = 0;
        var i = 0;
        while (i < block.Length)
        {
            if (!IsTerminal(block[i]))
            {
                i++;
                continue;
            }

            // A boundary candidate: terminal punctuation, closers, then at least one space (the regex's greedy match).
            var punctuationStart = i;
            while (i < block.Length && IsTerminal(block[i])) i++;
            while (i < block.Length && Closers.Contains(block[i], StringComparison.Ordinal)) i++;
            var afterClosers = i;
            while (i < block.Length && IsPythonSpace(block[i])) i++;
            if (i == afterClosers)
            {
                // No whitespace: not a match here; the regex would retry from the next character.
                i = punctuationStart + 1;
                continue;
            }

            var end = i;
            if (end >= block.Length)
            {
                break;
            }

            if (!StartsSentence(block, end))
            {
                continue;
            }

            var before = block[start..afterClosers].TrimEnd(Closers.ToCharArray());
            if (IsAbbreviation(before))
            {
                continue;
            }

            var piece = RightStrip(block[start..end]);
            if (piece.Length > 0)
            {
                sentences.Add(piece);
            }

            start = end;
        }

        var tail = Strip(block[start..]);
        if (tail.Length > 0)
        {
            sentences.Add(tail);
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool StartsSentence(string block, int index)
    {
        Rune.DecodeFromUtf16(block.AsSpan(index), out var rune, out _);
        return Rune.IsUpper(rune) || IsPythonDigit(rune) || Openers.Contains(block[index], StringComparison.Ordinal);
    }

    /// <summary>Python's <c>isdigit()</c>: decimal digits and other digits such as superscripts.</summary>
    private static bool IsPythonDigit(Rune rune) =>
        Rune.IsDigit(rune) || CharUnicodeInfo.GetDigitValue(rune.ToString(), 0) >= 0;

    private static bool IsAbbreviation(string before)
    {
        var wordStart = before.Length;
        while (wordStart > 0 && !IsPythonSpace(before[wordStart - 1])) wordStart--;
        var word = before[wordStart..];
        if (word.Length == 0 || !word.EndsWith('.'))
        {
            return false;
        }

        var core = word.TrimEnd('.').TrimStart(Openers.ToCharArray()).ToLowerInvariant();
        if (Abbreviations.Contains(core))
        {
            return true;
        }

        // A single initial such as the "J." of "J. K. Rowling", but not the pronoun "I."
        return core.Length > 0
            && Rune.DecodeFromUtf16(core, out var rune, out var consumed) == System.Buffers.OperationStatus.Done
            && consumed == core.Length
            && Rune.IsLetter(rune)
            && core != "i";
    }

    /// <summary>Python's <c>str.isspace()</c>, which also counts the information separators U+001C..U+001F.</summary>
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    private static string Strip(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsPythonSpace(s[start])) start++;
        while (end > start && IsPythonSpace(s[end - 1])) end--;
        return s[start..end];
    }

    private static string RightStrip(string s)
    {
        var end = s.Length;
        while (end > 0 && IsPythonSpace(s[end - 1])) end--;
        return s[..end];
    }
}
