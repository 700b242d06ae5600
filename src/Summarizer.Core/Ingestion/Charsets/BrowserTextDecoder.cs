using System.Text;
using System.Text.Unicode;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// Bytes to text as a browser reads them (the WHATWG encoding rules), for every way an article arrives: a byte-order
/// mark; else the Content-Type's charset; else, for HTML, a <c>&lt;meta&gt;</c> in the first 1,024 bytes or an XML
/// declaration (for XML, the declaration alone); else UTF-8. Undecodable bytes become U+FFFD. Bytes that declare nothing
/// and are not UTF-8 are read as windows-1252 when that gives Latin-script text (an HTML page's later
/// <c>&lt;meta&gt;</c> first, as a browser would re-read the page), else in the legacy encoding that reads them clearly
/// as text (<see cref="LegacyEncodingGuesser"/>: Cyrillic, Greek, Hebrew, Arabic, Thai, CJK, Central European); only
/// what is too short to tell or mostly not text is refused. One
/// knowing difference from browsers: bytes that are valid UTF-8 beyond ASCII are read as UTF-8 whatever legacy encoding a
/// label claims, because such a label is a mislabel (browsers show those pages garbled).
/// </summary>
/// <remarks>UTF-8 without stray bytes, the common case, costs one validity check and one decode, as before.</remarks>
public static class BrowserTextDecoder
{
    /// <summary>Decodes an article's bytes; throws <see cref="SummarizerException"/> for bytes that are mostly not text.</summary>
    /// <param name="content">The bytes as they arrived.</param>
    /// <param name="contentType">The blob's or request's Content-Type, e.g. <c>text/html; charset=iso-8859-1</c>, or null.</param>
    /// <param name="sourceName">A file, blob or URL name: its extension says whether the bytes are HTML when the type does not.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> content, string? contentType, string? sourceName = null)
    {
        // Whether the bytes are HTML matters only when neither a mark nor the Content-Type names the encoding.
        if (EncodingDeclarations.OutsideTheDocument(content, ContentTypeCharset.Of(contentType)) is { } declared)
        {
            return DecodeDeclared(content[declared.MarkLength..], declared);
        }

        var syntax = DeclarationSyntaxes.Of(contentType, sourceName, content);
        return EncodingDeclarations.InTheDocument(content, syntax) is { } inside
            ? DecodeDeclared(content, inside)
            : DecodeUndeclared(content, syntax);
    }

    private static DecodedText DecodeUndeclared(ReadOnlySpan<byte> content, DeclarationSyntax syntax)
    {
        if (Utf8.IsValid(content) && !content.Contains((byte)0))
        {
            return new DecodedText(Encoding.UTF8.GetString(content), new SourceEncoding(EncodingLabels.Utf8.Name, EncodingSource.Inferred));
        }

        return DecodeNotUtf8(content, syntax);
    }

    private static DecodedText DecodeDeclared(ReadOnlySpan<byte> content, DeclaredEncoding declared)
    {
        var encoding = declared.Encoding;
        if (encoding.IsReplacement)
        {
            throw new SummarizerException(ErrorCodes.InvalidEncoding,
                $"The article's {Describe(declared.Source)} declares an encoding browsers refuse to decode ({encoding.Name}: "
                + "ISO-2022-KR, ISO-2022-CN or HZ, which can hide markup); send it as UTF-8.");
        }

        var found = new SourceEncoding(encoding.Name, declared.Source);
        if (encoding.IsUtf8)
        {
            return Utf8.IsValid(content) && !content.Contains((byte)0)
                ? new DecodedText(Encoding.UTF8.GetString(content), found)
                : DecodeUtf8WithStrayBytes(content, ByteCensus.Of(content), found);
        }

        // Legacy text is practically never valid UTF-8 once it holds a non-ASCII character, while servers and pages that
        // label UTF-8 "iso-8859-1" are common: a browser shows those as mojibake, the summariser reads what was meant.
        if (declared.Source != EncodingSource.ByteOrderMark && !encoding.IsUtf16 && IsUtf8BeyondAscii(content))
        {
            return new DecodedText(Encoding.UTF8.GetString(content), new SourceEncoding(EncodingLabels.Utf8.Name, EncodingSource.Inferred));
        }

        var text = encoding.Decode(content);
        if (NonText.IsMostly(text, out var nonText))
        {
            throw new SummarizerException(ErrorCodes.InvalidEncoding,
                $"The article's {Describe(declared.Source)} declares {encoding.Name}, but {nonText:N0} of its {text.Length:N0} "
                + $"characters are control codes or bytes that are not {encoding.Name}: it is not text in that encoding. "
                + "Check the declared charset, or save the article as UTF-8.");
        }

        return new DecodedText(text, found);
    }

    private static DecodedText DecodeNotUtf8(ReadOnlySpan<byte> content, DeclarationSyntax syntax)
    {
        var census = ByteCensus.Of(content);
        if (census.IsMostlyControls)
        {
            throw Binary(census);
        }

        // A browser that meets a <meta> past the first 1,024 bytes re-reads the page in the encoding it names; only
        // bytes that are not UTF-8 could read differently, so only they pay for the longer scan.
        if (syntax == DeclarationSyntax.Html && !census.IsUtf8 && HtmlPrescan.Find(content) is { Source: EncodingSource.Meta } late)
        {
            return DecodeDeclared(content, late);
        }

        if (census.IsMostlyUtf8)
        {
            return DecodeUtf8WithStrayBytes(content, census, new SourceEncoding(EncodingLabels.Utf8.Name, EncodingSource.Inferred));
        }

        if (census.ReadsAsWindows1252)
        {
            return new DecodedText(EncodingLabels.Windows1252.Decode(content), new SourceEncoding(EncodingLabels.Windows1252.Name, EncodingSource.Inferred));
        }

        // What a browser does next: guess from how the bytes read in each legacy encoding.
        if (LegacyEncodingGuesser.Guess(content) is { } guessed && guessed.Decode(content) is var text && !NonText.IsMostly(text, out _))
        {
            return new DecodedText(text, new SourceEncoding(guessed.Name, EncodingSource.Inferred));
        }

        throw new SummarizerException(ErrorCodes.InvalidEncoding,
            $"The article declares no charset and is not UTF-8 (the bytes at offset {census.FirstInvalidOffset:N0} do not form "
            + "a character); read as Windows-1252 it is not Latin-script text, and no other legacy encoding reads it clearly "
            + "as text, so its encoding cannot be told. Declare it (Content-Type: text/plain; charset=koi8-r, or "
            + "<meta charset=\"shift_jis\"> in HTML), or save the article as UTF-8.");
    }

    private static DecodedText DecodeUtf8WithStrayBytes(ReadOnlySpan<byte> content, ByteCensus census, SourceEncoding found)
    {
        if (census.IsMostlyNotUtf8Text)
        {
            if (census.ControlBytes >= census.InvalidSequences)
            {
                throw Binary(census);
            }

            throw new SummarizerException(ErrorCodes.InvalidEncoding,
                $"The article is {(found.IsDeclared ? $"declared UTF-8 (by its {Describe(found.Source)})" : "read as UTF-8")}, but "
                + $"{census.InvalidSequences:N0} of its {census.Utf8Characters:N0} characters are not valid UTF-8 (the first at "
                + $"offset {census.FirstInvalidOffset:N0}), so it is in another encoding. Declare the right charset, or save it as UTF-8.");
        }

        // Encoding.UTF8 replaces each maximal invalid subsequence with one U+FFFD, as the WHATWG UTF-8 decoder does.
        return new DecodedText(Encoding.UTF8.GetString(content), found);
    }

    private static bool IsUtf8BeyondAscii(ReadOnlySpan<byte> content) =>
        content.IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F) >= 0 && Utf8.IsValid(content) && !content.Contains((byte)0);

    private static SummarizerException Binary(ByteCensus census) => new(ErrorCodes.UnsupportedContent,
        $"The input is mostly not text ({census.ControlBytes:N0} of its {census.Length:N0} bytes are control codes such as NUL), "
        + "so it is a binary file rather than text (or UTF-16 text without a byte-order mark: save it as UTF-8).");

    private static string Describe(EncodingSource source) => source switch
    {
        EncodingSource.ByteOrderMark => "byte-order mark",
        EncodingSource.ContentType => "Content-Type",
        EncodingSource.Meta => "<meta> tag",
        EncodingSource.XmlDeclaration => "XML declaration",
        _ => "content",
    };
}
