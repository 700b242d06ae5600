namespace Summarizer.Core.Ingestion;

/// <summary>
/// What every format decoder says about itself: the media types and file extensions it reads. The decoders are the
/// one list of accepted formats; <see cref="ArticleFormats"/> publishes it to the HTTP API, the CLI and <c>upload</c>.
/// </summary>
public interface IFormatDecoder
{
    /// <summary>The media type this decoder reads, e.g. <c>text/markdown</c>.</summary>
    string MediaType { get; }

    /// <summary>File extensions (with the dot, lower case) that select this decoder when no useful content type is given.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Other media types that mean the same format, such as the older <c>text/x-markdown</c>.</summary>
    IReadOnlyList<string> OtherMediaTypes => [];
}
