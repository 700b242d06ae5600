using System.Text;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// The declared part of the HTML standard's encoding sniffing, in its order: a byte-order mark; the Content-Type's
/// charset (a label that names no encoding is ignored, as browsers ignore it); then what the document says of itself
/// in its first 1,024 bytes: the <c>&lt;meta&gt;</c> prescan for HTML, the XML declaration for XML.
/// </summary>
internal static class EncodingDeclarations
{
    /// <summary>How far into a document its own declaration is looked for, as the standard advises.</summary>
    public const int PrescanLength = 1024;

    // UTF-32 is not a web encoding, but a file that opens with its mark is not UTF-16 either.
    private static readonly WebEncoding Utf32LittleEndian = WebEncoding.Of("utf-32le", new UTF32Encoding(bigEndian: false, byteOrderMark: false));
    private static readonly WebEncoding Utf32BigEndian = WebEncoding.Of("utf-32be", new UTF32Encoding(bigEndian: true, byteOrderMark: false));

    /// <summary>A byte-order mark, else the Content-Type's charset when it names an encoding.</summary>
    public static DeclaredEncoding? OutsideTheDocument(ReadOnlySpan<byte> content, ReadOnlySpan<char> charsetLabel)
    {
        if (ByteOrderMark(content) is { } marked)
        {
            return marked;
        }

        return charsetLabel.Length > 0 && EncodingLabels.Get(charsetLabel) is { } labelled
            ? new DeclaredEncoding(labelled, EncodingSource.ContentType)
            : null;
    }

    /// <summary>What an HTML or XML document declares in its first 1,024 bytes.</summary>
    public static DeclaredEncoding? InTheDocument(ReadOnlySpan<byte> content, DeclarationSyntax syntax)
    {
        var head = content.Length > PrescanLength ? content[..PrescanLength] : content;
        return syntax switch
        {
            DeclarationSyntax.Html => HtmlPrescan.Find(head),
            DeclarationSyntax.Xml => XmlDeclaration.EncodingOf(head) is { } declared ? new DeclaredEncoding(declared, EncodingSource.XmlDeclaration) : null,
            _ => null,
        };
    }

    private static DeclaredEncoding? ByteOrderMark(ReadOnlySpan<byte> content)
    {
        // UTF-32 LE first: its mark begins with the UTF-16 LE one.
        if (StartsWith(content, [0xFF, 0xFE, 0x00, 0x00])) return new DeclaredEncoding(Utf32LittleEndian, EncodingSource.ByteOrderMark, 4);
        if (StartsWith(content, [0x00, 0x00, 0xFE, 0xFF])) return new DeclaredEncoding(Utf32BigEndian, EncodingSource.ByteOrderMark, 4);
        if (StartsWith(content, [0xEF, 0xBB, 0xBF])) return new DeclaredEncoding(EncodingLabels.Utf8, EncodingSource.ByteOrderMark, 3);
        if (StartsWith(content, [0xFF, 0xFE])) return new DeclaredEncoding(EncodingLabels.Utf16LittleEndian, EncodingSource.ByteOrderMark, 2);
        if (StartsWith(content, [0xFE, 0xFF])) return new DeclaredEncoding(EncodingLabels.Utf16BigEndian, EncodingSource.ByteOrderMark, 2);
        return null;
    }

    // Lets a collection expression of byte values serve as the prefix.
    private static bool StartsWith(ReadOnlySpan<byte> content, ReadOnlySpan<byte> prefix) => content.StartsWith(prefix);
}
