namespace Summarizer.Core.Ingestion;

/// <summary>
/// Picks the format decoder for an input: by media type when one is given and specific, otherwise by the file
/// extension of the source name, otherwise by a look at the text (a page that opens like HTML is HTML; anything else
/// is plain text). <c>text/plain</c> is a decision, not a shrug: it stays plain text whatever the extension says.
/// </summary>
internal sealed class ContentDecoderSelector
{
    private readonly IContentDecoder _plainText;
    private readonly IContentDecoder _html;
    private readonly Dictionary<string, IContentDecoder> _byMediaType = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IContentDecoder> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public ContentDecoderSelector(IContentDecoder plainText, IContentDecoder markdown, IContentDecoder html, IContentDecoder json)
    {
        _plainText = plainText;
        _html = html;
        foreach (var decoder in (IContentDecoder[])[plainText, markdown, html, json])
        {
            _byMediaType[decoder.MediaType] = decoder;
            foreach (var extension in decoder.Extensions)
            {
                _byExtension[extension] = decoder;
            }
        }

        _byMediaType["text/x-markdown"] = markdown;
        _byMediaType["application/xhtml+xml"] = html;
        _byMediaType["text/json"] = json;
        _byExtension[".xhtml"] = html;
    }

    /// <summary>
    /// The decoder the media type or extension names, or null when neither says anything and the text must decide.
    /// Refuses a specific media type that is neither text nor supported, unless the extension names a format.
    /// </summary>
    public IContentDecoder? SelectByName(string? contentType, string? sourceName)
    {
        var mediaType = MediaTypeOf(contentType);
        if (mediaType.Length > 0 && !IsGeneric(mediaType))
        {
            if (_byMediaType.TryGetValue(mediaType.ToString(), out var byType))
            {
                return byType;
            }

            if (mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            {
                return _byMediaType["application/json"];
            }

            if (ByExtension(sourceName) is { } byExtension)
            {
                return byExtension;
            }

            if (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            {
                return _plainText;
            }

            throw new SummarizerException(ErrorCodes.UnsupportedContent,
                $"Content type {mediaType} is not supported; send text/plain, text/markdown, text/html or application/json.");
        }

        return ByExtension(sourceName);
    }

    /// <summary>For input with no useful name or type: HTML when it opens like an HTML page, else plain text.</summary>
    public IContentDecoder SelectByContent(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? _html
            : _plainText;
    }

    private IContentDecoder? ByExtension(string? sourceName)
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

        var extension = Path.GetExtension(name);
        return extension.Length > 0 && _byExtension.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(extension, out var decoder)
            ? decoder
            : null;
    }

    /// <summary>The <c>type/subtype</c> part of a content type, without parameters such as <c>charset</c>.</summary>
    private static ReadOnlySpan<char> MediaTypeOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return [];
        }

        var span = contentType.AsSpan();
        var semicolon = span.IndexOf(';');
        return (semicolon >= 0 ? span[..semicolon] : span).Trim();
    }

    private static bool IsGeneric(ReadOnlySpan<char> mediaType) =>
        mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("binary/octet-stream", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/unknown", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase);
}
