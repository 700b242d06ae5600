using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// Decodes HTML character references (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>) the way browsers do:
/// every named reference of the HTML standard (an embedded table), the legacy names that work without a semicolon,
/// numeric references with the Windows-1252 reading of 0x80–0x9F, and U+FFFD for code points that cannot be text.
/// </summary>
internal static class CharacterReferences
{
    private const string ResourceName = "Summarizer.Core.Resources.Html.entities.txt";

    /// <summary>Longest name in the table (<c>CounterClockwiseContourIntegral;</c>).</summary>
    private const int MaxNameLength = 32;

    /// <summary>Longest legacy name that is recognised without its semicolon (<c>frac34</c>, <c>middot</c>).</summary>
    private const int MaxLegacyNameLength = 6;

    /// <summary>What browsers read for numeric references 0x80–0x9F (Windows-1252); zero where the number stands.</summary>
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];

    private static readonly Lazy<FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>> Names = new(LoadNames);

    /// <summary>The text with its character references decoded; the same string when it holds no <c>&amp;</c>.</summary>
    /// <param name="text">Text or an attribute value as it stands in the markup.</param>
    /// <param name="inAttribute">
    /// In an attribute value a legacy name without semicolon followed by a letter, digit or <c>=</c> is left alone, so
    /// query strings such as <c>?a=1&amp;copy=2</c> survive.
    /// </param>
    public static string Decode(ReadOnlySpan<char> text, bool inAttribute)
    {
        var ampersand = text.IndexOf('&');
        if (ampersand < 0)
        {
            return text.ToString();
        }

        var decoded = new StringBuilder(text.Length);
        while (ampersand >= 0)
        {
            decoded.Append(text[..ampersand]);
            text = text[ampersand..];
            var consumed = DecodeOne(text, inAttribute, decoded);
            if (consumed == 0)
            {
                decoded.Append('&');
                consumed = 1;
            }

            text = text[consumed..];
            ampersand = text.IndexOf('&');
        }

        decoded.Append(text);
        return decoded.ToString();
    }

    /// <summary>Appends the character(s) of the reference at the start of <paramref name="text"/>; returns the length read, 0 when it is not one.</summary>
    private static int DecodeOne(ReadOnlySpan<char> text, bool inAttribute, StringBuilder decoded)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        return text[1] == '#' ? DecodeNumeric(text, decoded) : DecodeNamed(text, inAttribute, decoded);
    }

    private static int DecodeNumeric(ReadOnlySpan<char> text, StringBuilder decoded)
    {
        var hex = text.Length > 2 && text[2] is 'x' or 'X';
        var start = hex ? 3 : 2;
        var end = start;
        long value = 0;
        while (end < text.Length && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            // Past the last code point the exact value no longer matters, only that it is too large.
            var digit = char.IsAsciiDigit(text[end]) ? text[end] - '0' : (text[end] | 0x20) - 'a' + 10;
            value = Math.Min((value * (hex ? 16 : 10)) + digit, 0x110000);
            end++;
        }

        if (end == start)
        {
            return 0;
        }

        if (end < text.Length && text[end] == ';')
        {
            end++;
        }

        AppendCodePoint((int)value, decoded);
        return end;
    }

    private static void AppendCodePoint(int value, StringBuilder decoded)
    {
        if (value is >= 0x80 and <= 0x9F && Windows1252[value - 0x80] != '\0')
        {
            decoded.Append(Windows1252[value - 0x80]);
        }
        else if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            decoded.Append('\uFFFD');
        }
        else
        {
            decoded.Append(new Rune(value).ToString());
        }
    }

    private static int DecodeNamed(ReadOnlySpan<char> text, bool inAttribute, StringBuilder decoded)
    {
        var end = 1;
        while (end < text.Length && end <= MaxNameLength && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end == 1)
        {
            return 0;
        }

        var names = Names.Value;
        if (end < text.Length && text[end] == ';' && names.TryGetValue(text[1..(end + 1)], out var value))
        {
            decoded.Append(value);
            return end + 1;
        }

        // Without the semicolon only the legacy names count, longest first: "&notin" without ";" is "¬in".
        for (var length = Math.Min(end - 1, MaxLegacyNameLength); length >= 2; length--)
        {
            if (!names.TryGetValue(text.Slice(1, length), out value))
            {
                continue;
            }

            var next = 1 + length;
            if (inAttribute && next < text.Length && (char.IsAsciiLetterOrDigit(text[next]) || text[next] == '='))
            {
                return 0;
            }

            decoded.Append(value);
            return next;
        }

        return 0;
    }

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LoadNames()
    {
        using var stream = typeof(CharacterReferences).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded character reference table '{ResourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            var value = new StringBuilder();
            foreach (var codePoint in parts.AsSpan(1))
            {
                value.Append(new Rune(int.Parse(codePoint, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
            }

            names[parts[0]] = value.ToString();
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
