namespace Summarizer.Core.Ingestion;

/// <summary>Raw bytes of an article as they arrived, with whatever the caller knows about them.</summary>
/// <param name="Content">The bytes, in any supported encoding.</param>
/// <param name="SourceName">File or blob name; its extension picks a decoder when the content type is missing or generic.</param>
/// <param name="ContentType">MIME type such as <c>text/html; charset=utf-8</c>, or null.</param>
public sealed record ArticleInput(ReadOnlyMemory<byte> Content, string? SourceName = null, string? ContentType = null)
{
    /// <summary>For a page fetched from a link: where and when it was read; recorded in the document's <c>source.link</c>.</summary>
    public Documents.LinkInfo? Link { get; init; }
}
