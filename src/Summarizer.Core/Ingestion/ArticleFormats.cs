namespace Summarizer.Core.Ingestion;

/// <summary>
/// The formats the summariser reads, as the decoders declare them: what the HTTP API accepts, what the CLI and
/// <c>upload</c> tag a file with, and what error messages list. Read from here rather than keeping a copy.
/// </summary>
public static class ArticleFormats
{
    private static readonly ContentDecoderSelector Selector = new(new DecoderCatalog(IngestionOptions.Default));

    /// <summary>Every format, text formats first.</summary>
    public static IReadOnlyList<ArticleFormat> All => Selector.Catalog.Formats;

    /// <summary>"text/plain, text/markdown, text/html, application/json, application/pdf or …", for messages.</summary>
    public static string SupportedList { get; } = ContentDecoderSelector.SupportedList(Selector.Catalog);

    /// <summary>The format a content type names (parameters ignored; aliases and <c>+json</c> types included), or null.</summary>
    public static ArticleFormat? FromContentType(string? contentType) =>
        Selector.ByMediaType(ContentDecoderSelector.MediaTypeOf(contentType)) is { } decoder ? Selector.Catalog.FormatOf(decoder) : null;

    /// <summary>The format a file or blob name's extension names, or null.</summary>
    public static ArticleFormat? FromFileName(string? name) =>
        Selector.ByExtension(name) is { } decoder ? Selector.Catalog.FormatOf(decoder) : null;

    /// <summary>
    /// True when the summariser will try to read a body sent with this content type: none or a generic one (the content
    /// decides), a listed format, or any other <c>text/*</c> type (read as plain text).
    /// </summary>
    public static bool Accepts(string? contentType)
    {
        var mediaType = ContentDecoderSelector.MediaTypeOf(contentType);
        return mediaType.Length == 0
            || ContentDecoderSelector.IsGeneric(mediaType)
            || Selector.ByMediaType(mediaType) is not null
            || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The Content-Type a file is stored with, from its extension; <c>application/octet-stream</c> when unknown. It names
    /// no charset: a file's name says nothing of its encoding, which the decoder finds in the bytes (<see cref="Charsets.BrowserTextDecoder"/>).
    /// </summary>
    public static string ContentTypeFor(string fileName) => FromFileName(fileName)?.MediaType ?? "application/octet-stream";
}
