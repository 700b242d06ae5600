using System.Collections.Frozen;
using Summarizer.Core.Ingestion.Docx;
using Summarizer.Core.Ingestion.Feeds;
using Summarizer.Core.Ingestion.Html;
using Summarizer.Core.Ingestion.Json;
using Summarizer.Core.Ingestion.Markdown;
using Summarizer.Core.Ingestion.Pdf;
using Summarizer.Core.Ingestion.Text;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// The formats the summariser reads, in one table: what the HTTP API accepts, what the CLI and <c>upload</c> tag a file
/// with, what error messages list, and which decoder reads an input. Add a row here and every host reads the new format.
/// </summary>
/// <remarks>
/// An input's format is chosen by its media type when one is given and specific, otherwise by the extension of its
/// name, otherwise by its content (a PDF or Word file by its leading bytes, a document that opens as a feed is a feed,
/// a page that opens like HTML is HTML; anything else is plain text); a page sent as HTML that opens as a feed is a
/// feed. <c>text/plain</c> is a decision, not a shrug: it stays plain text whatever the extension says.
/// </remarks>
public static class ArticleFormats
{
    public static ArticleFormat PlainText { get; } = new("text/plain", [], [".txt", ".text"], IsBinary: false)
    {
        CreateDecoder = _ => new PlainTextDecoder(),
    };

    public static ArticleFormat Markdown { get; } = new(MediaTypes.Markdown, ["text/x-markdown"], [".md", ".markdown"], IsBinary: false)
    {
        CreateDecoder = _ => new MarkdownDecoder(),
    };

    public static ArticleFormat Html { get; } = new("text/html", ["application/xhtml+xml"], [".html", ".htm", ".xhtml"], IsBinary: false)
    {
        CreateDecoder = _ => new HtmlDecoder(),
    };

    /// <summary>JSON; any other <c>+json</c> media type (<c>application/ld+json</c>) is read as JSON too.</summary>
    public static ArticleFormat Json { get; } = new(MediaTypes.Json, ["text/json"], [".json"], IsBinary: false)
    {
        CreateDecoder = _ => new JsonArticleDecoder(),
    };

    /// <summary>
    /// RSS, RSS 1.0 and Atom feeds. <c>application/rdf+xml</c>, <c>application/xml</c> and <c>text/xml</c> say only
    /// "XML", so under those the content decides (<see cref="FromText"/>), as it does for a page sent as HTML that opens
    /// as a feed (the MIME Sniffing standard's mislabeled feed).
    /// </summary>
    public static ArticleFormat Feed { get; } = new("application/rss+xml", ["application/atom+xml"], [".rss", ".atom"], IsBinary: false)
    {
        CreateDecoder = _ => new FeedDecoder(),
    };

    public static ArticleFormat Pdf { get; } = new("application/pdf", [], [".pdf"], IsBinary: true)
    {
        CreateDecoder = options => new PdfDecoder(options),
    };

    public static ArticleFormat Docx { get; } = new(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [], [".docx"], IsBinary: true)
    {
        CreateDecoder = options => new DocxDecoder(options),
    };

    /// <summary>Every format, text formats first.</summary>
    public static IReadOnlyList<ArticleFormat> All { get; } = [PlainText, Markdown, Html, Json, Feed, Pdf, Docx];

    /// <summary>"text/plain, text/markdown, text/html, application/json, application/rss+xml, application/pdf or …", for messages.</summary>
    public static string SupportedList { get; } =
        string.Join(", ", All.SkipLast(1).Select(f => f.MediaType)) + " or " + All[^1].MediaType;

    private static readonly FrozenDictionary<string, ArticleFormat>.AlternateLookup<ReadOnlySpan<char>> ByMediaType =
        All.SelectMany(f => f.OtherMediaTypes.Prepend(f.MediaType).Select(m => KeyValuePair.Create(m, f)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, ArticleFormat>.AlternateLookup<ReadOnlySpan<char>> ByExtension =
        All.SelectMany(f => f.Extensions.Select(e => KeyValuePair.Create(e, f)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The format a bare media type (no parameters) names: a listed one, then any <c>+json</c> type as JSON; or null.</summary>
    public static ArticleFormat? FromMediaType(ReadOnlySpan<char> mediaType) =>
        ByMediaType.TryGetValue(mediaType, out var format) ? format
        : mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ? Json
        : null;

    /// <summary>The format a content type names (parameters ignored; aliases and <c>+json</c> types included), or null.</summary>
    public static ArticleFormat? FromContentType(string? contentType) => FromMediaType(MediaTypeOf(contentType));

    /// <summary>The format a file or blob name's extension names (a URL's query or fragment ignored), or null.</summary>
    public static ArticleFormat? FromFileName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        // Blob names and URLs may carry a query or fragment after the file name.
        var path = name.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        var extension = Path.GetExtension(path);
        return extension.Length > 0 && ByExtension.TryGetValue(extension, out var format) ? format : null;
    }

    /// <summary>
    /// The format the content type or the name says, or null when neither says anything and the content must decide
    /// (<see cref="FromContent"/>). Refuses a specific media type that is neither text nor listed, unless the name's
    /// extension names a format.
    /// </summary>
    public static ArticleFormat? FromName(string? contentType, string? sourceName)
    {
        var mediaType = MediaTypeOf(contentType);
        if (mediaType.Length == 0 || IsGeneric(mediaType) || IsXmlOfAnyKind(mediaType))
        {
            return FromFileName(sourceName);
        }

        return FromMediaType(mediaType)
            ?? FromFileName(sourceName)
            ?? (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? PlainText : null)
            ?? throw new SummarizerException(ErrorCodes.UnsupportedContent,
                $"Content type {mediaType} is not supported; send {SupportedList}.");
    }

    /// <summary>
    /// The format decoded text is read as: the one its name or type gave (<paramref name="named"/>), except that a page
    /// sent as HTML whose first element is a feed's is a feed, as browsers sniff it; with no name, the content decides
    /// (<see cref="FromContent"/>). Refuses a document sent as <c>application/xml</c> or <c>application/rdf+xml</c>
    /// that is neither a feed nor an HTML page: those types are read for feeds.
    /// </summary>
    public static ArticleFormat FromText(ArticleFormat? named, string? contentType, string text)
    {
        if (named is not null)
        {
            return named == Html && FeedSniffer.IsFeed(text) ? Feed : named;
        }

        var format = FromContent(text);
        var mediaType = MediaTypeOf(contentType);
        return format == PlainText && IsXmlOfAnyKind(mediaType) && !mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            ? throw new SummarizerException(ErrorCodes.UnsupportedContent,
                $"Content type {mediaType} is read only for RSS and Atom feeds (and XHTML pages), and this document is neither; send {SupportedList}.")
            : format;
    }

    /// <summary>
    /// For text with no useful name or type: a feed when it opens as one (<see cref="FeedSniffer"/>), HTML when it opens
    /// like an HTML page (after any XML declaration), else plain text.
    /// </summary>
    public static ArticleFormat FromContent(string text)
    {
        if (FeedSniffer.IsFeed(text))
        {
            return Feed;
        }

        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<?xml", StringComparison.Ordinal) && start.IndexOf("?>", StringComparison.Ordinal) is var end and >= 0)
        {
            start = start[(end + 2)..].TrimStart();
        }

        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? Html
            : PlainText;
    }

    /// <summary>
    /// True when the summariser will try to read a body sent with this content type: none or a generic one (the content
    /// decides), a listed format, or any other <c>text/*</c> type (read as plain text).
    /// </summary>
    public static bool Accepts(string? contentType)
    {
        var mediaType = MediaTypeOf(contentType);
        return mediaType.Length == 0
            || IsGeneric(mediaType)
            || IsXmlOfAnyKind(mediaType)
            || FromMediaType(mediaType) is not null
            || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The Content-Type a file is stored with, from its extension; <c>application/octet-stream</c> when unknown. It names
    /// no charset: a file's name says nothing of its encoding, which the decoder finds in the bytes (<see cref="Charsets.BrowserTextDecoder"/>).
    /// </summary>
    public static string ContentTypeFor(string fileName) => FromFileName(fileName)?.MediaType ?? "application/octet-stream";

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

    /// <summary>The media types that say "XML" and no more (<c>application/xml</c>, <c>text/xml</c>, <c>application/rdf+xml</c>): the content decides.</summary>
    private static bool IsXmlOfAnyKind(ReadOnlySpan<char> mediaType) =>
        mediaType.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("text/xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/rdf+xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the media types that say nothing of the format (<c>application/octet-stream</c> and the like).</summary>
    public static bool IsGeneric(ReadOnlySpan<char> mediaType) =>
        mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("binary/octet-stream", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/unknown", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase);
}
