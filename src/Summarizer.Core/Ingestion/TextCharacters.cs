using System.Buffers;

namespace Summarizer.Core.Ingestion;

/// <summary>How ingestion treats individual characters: which break lines, which count as space, which vanish.</summary>
internal static class TextCharacters
{
    /// <summary>Every character that ends a line: LF, CR (alone or before LF), VT, FF, NEL, LINE and PARAGRAPH SEPARATOR.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\v\f\u0085\u2028\u2029");

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Form feed and PARAGRAPH SEPARATOR end a paragraph on their own, like a blank line.</summary>
    public static bool IsParagraphBreak(char c) => c is '\f' or '\u2029';

    /// <summary>Any Unicode space, tab or line break, including the non-breaking ones; all fold to one ASCII space.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>
    /// Characters removed without leaving a space: control characters, the soft hyphen, zero-width space, word joiner,
    /// byte-order marks inside the text and directional formatting marks, none of which carry meaning once the text is
    /// plain. Zero-width (non-)joiners stay: they change how Persian, Indic scripts and emoji sequences read.
    /// </summary>
    public static bool IsIgnorable(char c) =>
        (char.IsControl(c) && !char.IsWhiteSpace(c))
        || c is '\u00AD' or '\u180E' or '\u200B' or '\u200E' or '\u200F' or '\uFEFF'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069');

    /// <summary>True when nothing in <paramref name="text"/> would survive cleaning. Stops at the first visible character.</summary>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c) && !IsIgnorable(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="text"/> without leading and trailing spaces and invisible characters.</summary>
    public static ReadOnlySpan<char> TrimInvisible(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && (IsSpace(text[start]) || IsIgnorable(text[start])))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && (IsSpace(text[end - 1]) || IsIgnorable(text[end - 1])))
        {
            end--;
        }

        return text[start..end];
    }
}
