using System.Buffers;
using System.Globalization;

namespace Summarizer.Core.Text;

/// <summary>Character classes shared by the sentence splitter and the word tokenizer.</summary>
internal static class SegmentationChars
{
    /// <summary>Every character the sentence scanner must stop at; everything else is skipped with a vectorised search.</summary>
    public static readonly SearchValues<char> ScanStops =
        SearchValues.Create(".!?…‼⁇⁈⁉؟。！？｡।॥\n\r\v\f\u0085\u2028\u2029");

    /// <summary>Terminal punctuation of scripts written without spaces: a boundary even when no space follows.</summary>
    public static bool IsUnspacedTerminal(char c) => c is '。' or '！' or '？' or '｡' or '।' or '॥';

    public static bool IsTerminal(char c) =>
        c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '؟' || IsUnspacedTerminal(c);

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Whitespace inside a line (spaces, tabs, no-break spaces).</summary>
    public static bool IsInlineSpace(char c) => c == ' ' || (c > ' ' ? c > '\u007f' && char.IsWhiteSpace(c) && !IsLineBreak(c) : c == '\t');

    /// <summary>Characters that close a quotation or bracket and so belong to the sentence they follow.</summary>
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}' or '」' or '』' or '）' or '】' or '》' or '〉' or '〕';

    /// <summary>Characters that open a quotation or bracket and so may start a sentence.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '“' or '‘' or '«' or '‹' or '(' or '[' or '{' or '„' or '‚' or '¿' or '¡' or '「' or '『' or '（' or '【' or '《' or '〈';

    /// <summary>Punctuation that cannot begin a sentence, so a full stop before it is not a boundary.</summary>
    public static bool IsContinuationPunctuation(char c) =>
        c is ',' or ';' or ':' or ')' or ']' or '}' or '%' or '.' or '…' or '/' or '&' or '、' or '，';

    public static bool IsUpper(char c) =>
        c < '\u0080' ? c is >= 'A' and <= 'Z' : char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    public static bool IsLower(char c) => c < '\u0080' ? c is >= 'a' and <= 'z' : char.IsLower(c);

    public static bool IsLetter(char c) => c < '\u0080' ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>
    /// Ideographs and kana: each one is a word of its own, because these scripts do not put spaces between words.
    /// </summary>
    public static bool IsIdeographic(char c) =>
        c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u4dbf' or >= '\u4e00' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';
}
