namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// Whether bytes are HTML, XML or neither, for the one question of which declarations inside them can name their
/// encoding. Decided as the format decoder is chosen (<see cref="ArticleFormats"/>): a specific media type, else
/// the name's extension, else how the bytes open.
/// </summary>
internal static class DeclarationSyntaxes
{
    public static DeclarationSyntax Of(string? contentType, string? sourceName, ReadOnlySpan<byte> content)
    {
        var mediaType = ArticleFormats.MediaTypeOf(contentType);
        if (mediaType.Length > 0 && !ArticleFormats.IsGeneric(mediaType))
        {
            if (IsXml(mediaType))
            {
                return DeclarationSyntax.Xml;
            }

            if (ArticleFormats.FromContentType(contentType) is { } byType)
            {
                return IsHtml(byType) ? DeclarationSyntax.Html : DeclarationSyntax.None;
            }
        }

        if (ArticleFormats.FromFileName(sourceName) is { } byName)
        {
            return byName == ArticleFormats.Feed ? DeclarationSyntax.Xml
                : !IsHtml(byName) ? DeclarationSyntax.None
                : sourceName!.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase) ? DeclarationSyntax.Xml
                : DeclarationSyntax.Html;
        }

        return mediaType.Length > 0 && !ArticleFormats.IsGeneric(mediaType) ? DeclarationSyntax.None
            : OpensLikeMarkup(content) ? DeclarationSyntax.Html
            : DeclarationSyntax.None;
    }

    private static bool IsXml(ReadOnlySpan<char> mediaType) =>
        mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("text/xml", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtml(ArticleFormat format) => format == ArticleFormats.Html;

    /// <summary>The openings <see cref="ArticleFormats.FromContent"/> reads as HTML, in bytes of any ASCII-compatible encoding.</summary>
    private static bool OpensLikeMarkup(ReadOnlySpan<byte> content)
    {
        var start = content.TrimStart(" \t\n\f\r"u8);
        return StartsWithIgnoreCase(start, "<!doctype html"u8) || StartsWithIgnoreCase(start, "<html"u8) || start.StartsWith("<?xml"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length >= prefix.Length && System.Text.Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix);
}
