using System.Buffers;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// The HTML standard's "extracting a character encoding from a meta element": the encoding named by
/// <c>charset=…</c> inside a <c>content</c> value such as <c>text/html; charset=windows-1250</c>.
/// </summary>
internal static class MetaContentCharset
{
    private static readonly SearchValues<byte> SpaceOrSemicolon = SearchValues.Create("\t\n\f\r ;"u8);

    /// <summary>The encoding named, or null when the value names none.</summary>
    public static WebEncoding? EncodingOf(ReadOnlySpan<byte> content)
    {
        var position = 0;
        while (true)
        {
            var at = IndexOfCharset(content[position..]);
            if (at < 0)
            {
                return null;
            }

            position += at + "charset".Length;
            while (position < content.Length && IsSpace(content[position]))
            {
                position++;
            }

            if (position >= content.Length)
            {
                return null;
            }

            if (content[position] != '=')
            {
                // Not "charset=": look again from here ("charsetcharset=x" still counts).
                continue;
            }

            position++;
            while (position < content.Length && IsSpace(content[position]))
            {
                position++;
            }

            if (position >= content.Length)
            {
                return null;
            }

            var rest = content[position..];
            if (rest[0] is (byte)'"' or (byte)'\'')
            {
                var close = rest[1..].IndexOf(rest[0]);
                return close < 0 ? null : EncodingLabels.Get(rest.Slice(1, close));
            }

            var end = rest.IndexOfAny(SpaceOrSemicolon);
            return EncodingLabels.Get(end < 0 ? rest : rest[..end]);
        }
    }

    private static int IndexOfCharset(ReadOnlySpan<byte> text)
    {
        for (var i = 0; i + 7 <= text.Length; i++)
        {
            if ((text[i] | 0x20) == 'c' && System.Text.Ascii.EqualsIgnoreCase(text.Slice(i, 7), "charset"u8))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSpace(byte b) => b is (byte)'\t' or (byte)'\n' or 0x0C or (byte)'\r' or (byte)' ';
}
