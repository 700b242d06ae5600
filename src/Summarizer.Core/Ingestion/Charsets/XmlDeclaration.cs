namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// The HTML standard's "get an XML encoding": the <c>encoding</c> of an XML declaration at the very first byte
/// (<c>&lt;?xml version="1.0" encoding="ISO-8859-1"?&gt;</c>). It is what XHTML declares, and what the HTML prescan
/// falls back on when no <c>&lt;meta&gt;</c> names an encoding.
/// </summary>
internal static class XmlDeclaration
{
    /// <summary>The encoding the declaration names (UTF-16 read as UTF-8), or null when there is none or it names none.</summary>
    public static WebEncoding? EncodingOf(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("<?xml"u8))
        {
            return null;
        }

        var end = bytes.IndexOf((byte)'>');
        if (end < 0)
        {
            return null;
        }

        // Only inside the declaration: "encoding" further on is the document's text, not a declaration.
        var declaration = bytes[..end];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = SkipSpaceAndControls(declaration[(at + "encoding".Length)..]);
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = SkipSpaceAndControls(rest[1..]);
        if (rest.IsEmpty || rest[0] is not ((byte)'"' or (byte)'\''))
        {
            return null;
        }

        var close = rest[1..].IndexOf(rest[0]);
        if (close < 0)
        {
            return null;
        }

        var label = rest.Slice(1, close);
        if (label.IndexOfAnyInRange((byte)0, (byte)0x20) >= 0)
        {
            return null;
        }

        var encoding = EncodingLabels.Get(label);
        return encoding is { IsUtf16: true } ? EncodingLabels.Utf8 : encoding;
    }

    /// <summary>The standard skips every byte up to 0x20 here, controls included, not only ASCII whitespace.</summary>
    private static ReadOnlySpan<byte> SkipSpaceAndControls(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length && bytes[i] <= 0x20)
        {
            i++;
        }

        return bytes[i..];
    }
}
