namespace Summarizer.Core.Ingestion;

/// <summary>
/// Picks the format decoder for an input: by media type when one is given and specific, otherwise by the file
/// extension of the source name, otherwise by a look at the content (a PDF or Word file by its leading bytes, a page
/// that opens like HTML is HTML; anything else is plain text). <c>text/plain</c> is a decision, not a shrug: it stays
/// plain text whatever the extension says. The formats come from <see cref="DecoderCatalog"/>.
/// </summary>
internal sealed class ContentDecoderSelector(DecoderCatalog catalog)
{
    public DecoderCatalog Catalog => catalog;

    /// <summary>
    /// The decoder the media type or extension names, or null when neither says anything and the content must decide.
    /// Refuses a specific media type that is neither text nor supported, unless the extension names a format.
    /// </summary>
    public IFormatDecoder? SelectByName(string? contentType, string? sourceName)
    {
        var mediaType = MediaTypeOf(contentType);
        if (mediaType.Length > 0 && !IsGeneric(mediaType))
        {
            if (ByMediaType(mediaType) is { } byType)
            {
                return byType;
            }

            if (ByExtension(sourceName) is { } byExtension)
            {
                return byExtension;
            }

            if (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            {
                return catalog.PlainText;
            }

            throw new SummarizerException(ErrorCodes.UnsupportedContent,
                $"Content type {mediaType} is not supported; send {SupportedList(catalog)}.");
        }

        return ByExtension(sourceName);
    }

    /// <summary>The decoder a bare media type names: registered types, then any <c>+json</c> type as JSON.</summary>
    public IFormatDecoder? ByMediaType(ReadOnlySpan<char> mediaType) =>
        catalog.ByMediaType(mediaType)
        ?? (mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ? catalog.Json : null);

    /// <summary>For text with no useful name or type: HTML when it opens like an HTML page (after any XML declaration), else plain text.</summary>
    public IContentDecoder SelectByContent(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<?xml", StringComparison.Ordinal) && start.IndexOf("?>", StringComparison.Ordinal) is var end and >= 0)
        {
            start = start[(end + 2)..].TrimStart();
        }

        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? catalog.Html
            : catalog.PlainText;
    }

    public IFormatDecoder? ByExtension(string? sourceName)
    {
        if (string.IsNullOrEmpty(sourceName))
        {
            return null;
        }

        // Blob names and URLs may carry a query or fragment after the file name.
        var name = sourceName.AsSpan();
        var query = name.IndexOfAny('?', '#');
        if (query >= 0)
        {
            name = name[..query];
        }

        return catalog.ByExtension(Path.GetExtension(name));
    }

    /// <summary>"text/plain, text/markdown, … or application/pdf": every main media type, for messages.</summary>
    public static string SupportedList(DecoderCatalog catalog)
    {
        var types = catalog.Formats.Select(f => f.MediaType).ToArray();
        return string.Join(", ", types[..^1]) + " or " + types[^1];
    }

    /// <summary>The <c>type/subtype</c> part of a content type, without parameters such as <c>charset</c>.</summary>
    public static ReadOnlySpan<char> MediaTypeOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return [];
        }

        var span = contentType.AsSpan();
        var semicolon = span.IndexOf(';');
        return (semicolon >= 0 ? span[..semicolon] : span).Trim();
    }

    public static bool IsGeneric(ReadOnlySpan<char> mediaType) =>
        mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("binary/octet-stream", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/unknown", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase);
}
