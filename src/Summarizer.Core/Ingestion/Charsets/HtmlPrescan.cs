using System.Buffers;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// The HTML standard's "prescan a byte stream to determine its encoding": the encoding the first
/// <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> names, skipping
/// comments and reading other tags' attributes as the standard does so that a <c>&lt;meta</c> inside an attribute
/// value or a comment never counts; when the bytes run out first, the XML declaration at the start, if any.
/// </summary>
/// <remarks>
/// Linear in the bytes it is given: every step moves forward, and one that cannot finish inside them ends the scan.
/// Callers give it the first 1,024 bytes, as the standard does.
/// </remarks>
internal static class HtmlPrescan
{
    private static readonly SearchValues<byte> SpaceOrTagEnd = SearchValues.Create("\t\n\f\r >"u8);

    private enum Step
    {
        Attribute,
        NoAttribute,
        OutOfBytes,
    }

    /// <summary>The declared encoding and where it was declared, or null when the bytes declare none.</summary>
    public static DeclaredEncoding? Find(ReadOnlySpan<byte> bytes)
    {
        // A UTF-16 document that opens with "<?x" can name nothing in ASCII; its byte pattern names it.
        if (bytes.StartsWith("<\0?\0x\0"u8))
        {
            return new DeclaredEncoding(EncodingLabels.Utf16LittleEndian, EncodingSource.XmlDeclaration);
        }

        if (bytes.StartsWith("\0<\0?\0x"u8))
        {
            return new DeclaredEncoding(EncodingLabels.Utf16BigEndian, EncodingSource.XmlDeclaration);
        }

        if (ScanForMeta(bytes) is { } meta)
        {
            return new DeclaredEncoding(meta, EncodingSource.Meta);
        }

        return XmlDeclaration.EncodingOf(bytes) is { } declared ? new DeclaredEncoding(declared, EncodingSource.XmlDeclaration) : null;
    }

    private static WebEncoding? ScanForMeta(ReadOnlySpan<byte> b)
    {
        var p = 0;
        while (p < b.Length)
        {
            var rest = b[p..];
            if (IsMetaStart(rest))
            {
                p += 6;
                var (step, encoding) = ReadMeta(b, ref p);
                if (step == Step.OutOfBytes)
                {
                    return null;
                }

                if (encoding is not null)
                {
                    return encoding;
                }
            }
            else if (!SkipMarkup(b, ref p))
            {
                return null;
            }

            p++;
        }

        return null;
    }

    /// <summary>
    /// Moves <paramref name="p"/> to the last byte of the comment, tag (with its attributes) or other markup that starts
    /// there, or leaves it on a byte of text; false when the markup runs past the bytes.
    /// </summary>
    private static bool SkipMarkup(ReadOnlySpan<byte> b, ref int p)
    {
        var rest = b[p..];
        if (rest.StartsWith("<!--"u8))
        {
            // The comment's own "--" may close it: "<!-->" is a whole comment.
            var close = rest[2..].IndexOf("-->"u8);
            if (close < 0)
            {
                return false;
            }

            p += 2 + close + 2;
        }
        else if (rest.Length > 1 && rest[0] == '<' && (IsAsciiLetter(rest[1]) || (rest[1] == '/' && rest.Length > 2 && IsAsciiLetter(rest[2]))))
        {
            var nameEnd = rest.IndexOfAny(SpaceOrTagEnd);
            if (nameEnd < 0)
            {
                return false;
            }

            p += nameEnd;
            Step step;
            while ((step = NextAttribute(b, ref p, out _, out _)) == Step.Attribute)
            {
            }

            return step != Step.OutOfBytes;
        }
        else if (rest.Length > 1 && rest[0] == '<' && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
        {
            var close = rest[1..].IndexOf((byte)'>');
            if (close < 0)
            {
                return false;
            }

            p += 1 + close;
        }

        return true;
    }

    private static bool IsMetaStart(ReadOnlySpan<byte> rest) =>
        rest.Length > 5 && System.Text.Ascii.EqualsIgnoreCase(rest[..5], "<meta"u8) && (IsSpace(rest[5]) || rest[5] == '/');

    /// <summary>
    /// The attributes of one <c>&lt;meta&gt;</c> after its name: the encoding it declares, or null when it declares none
    /// (no charset, a content charset without <c>http-equiv="content-type"</c>, or a label that names no encoding).
    /// </summary>
    private static (Step Step, WebEncoding? Encoding) ReadMeta(ReadOnlySpan<byte> b, ref int p)
    {
        bool seenHttpEquiv = false, seenContent = false, seenCharset = false;
        var gotPragma = false;
        bool? needPragma = null;
        WebEncoding? charset = null;
        var charsetFailed = false;
        Step step;
        while ((step = NextAttribute(b, ref p, out var name, out var value)) == Step.Attribute)
        {
            var attribute = b[name];
            if (Is(attribute, "http-equiv"u8) && !seenHttpEquiv)
            {
                seenHttpEquiv = true;
                gotPragma = System.Text.Ascii.EqualsIgnoreCase(b[value], "content-type"u8);
            }
            else if (Is(attribute, "content"u8) && !seenContent)
            {
                seenContent = true;
                if (charset is null && !charsetFailed && MetaContentCharset.EncodingOf(b[value]) is { } fromContent)
                {
                    charset = fromContent;
                    needPragma = true;
                }
            }
            else if (Is(attribute, "charset"u8) && !seenCharset)
            {
                seenCharset = true;
                charset = EncodingLabels.Get(b[value]);
                charsetFailed = charset is null;
                needPragma = false;
            }
        }

        if (step == Step.OutOfBytes)
        {
            return (step, null);
        }

        if (needPragma is null || (needPragma == true && !gotPragma) || charset is null)
        {
            return (step, null);
        }

        // A <meta> that could be read as ASCII cannot be UTF-16, and x-user-defined is no encoding for a page.
        return (step, charset.IsUtf16 ? EncodingLabels.Utf8 : charset.Name == "x-user-defined" ? EncodingLabels.Windows1252 : charset);
    }

    /// <summary>
    /// The standard's "get an attribute": the next attribute's name and value as ranges of <paramref name="b"/> (the
    /// caller compares them ASCII case-insensitively instead of lower-casing copies), leaving <paramref name="p"/> after it.
    /// </summary>
    private static Step NextAttribute(ReadOnlySpan<byte> b, ref int p, out Range name, out Range value)
    {
        name = value = default;
        while (p < b.Length && (IsSpace(b[p]) || b[p] == '/'))
        {
            p++;
        }

        if (p >= b.Length)
        {
            return Step.OutOfBytes;
        }

        if (b[p] == '>')
        {
            return Step.NoAttribute;
        }

        switch (ReadName(b, ref p, out name))
        {
            case < 0:
                return Step.OutOfBytes;
            case '=':
                p++;
                return ReadValue(b, ref p, ref value);
            case '/' or '>':
                return Step.Attribute;
        }

        while (p < b.Length && IsSpace(b[p]))
        {
            p++;
        }

        if (p >= b.Length)
        {
            return Step.OutOfBytes;
        }

        if (b[p] != '=')
        {
            return Step.Attribute;
        }

        p++;
        return ReadValue(b, ref p, ref value);
    }

    /// <summary>
    /// Reads an attribute's name (a leading <c>=</c> is part of it) up to <c>=</c>, a space, <c>/</c> or <c>&gt;</c>;
    /// returns the byte that ended it, or -1 when the bytes ran out first.
    /// </summary>
    private static int ReadName(ReadOnlySpan<byte> b, ref int p, out Range name)
    {
        var nameStart = p;
        for (; p < b.Length; p++)
        {
            var c = b[p];
            if ((c == '=' && p > nameStart) || IsSpace(c) || c is (byte)'/' or (byte)'>')
            {
                name = nameStart..p;
                return c;
            }
        }

        name = default;
        return -1;
    }

    private static Step ReadValue(ReadOnlySpan<byte> b, ref int p, ref Range value)
    {
        while (p < b.Length && IsSpace(b[p]))
        {
            p++;
        }

        if (p >= b.Length)
        {
            return Step.OutOfBytes;
        }

        var first = b[p];
        if (first is (byte)'"' or (byte)'\'')
        {
            var close = b[(p + 1)..].IndexOf(first);
            if (close < 0)
            {
                return Step.OutOfBytes;
            }

            value = (p + 1)..(p + 1 + close);
            p += close + 2;
            return Step.Attribute;
        }

        if (first == '>')
        {
            return Step.Attribute;
        }

        var start = p;
        var end = b[p..].IndexOfAny(SpaceOrTagEnd);
        if (end < 0)
        {
            return Step.OutOfBytes;
        }

        p += end;
        value = start..p;
        return Step.Attribute;
    }

    private static bool Is(ReadOnlySpan<byte> attribute, ReadOnlySpan<byte> lowerName) => System.Text.Ascii.EqualsIgnoreCase(attribute, lowerName);

    private static bool IsSpace(byte b) => b is (byte)'\t' or (byte)'\n' or 0x0C or (byte)'\r' or (byte)' ';

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';
}
