using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Core.Documents;

/// <summary>The article a summary was made from: name, the media type it was decoded as, SHA-256 (lower-case hex) and byte length.</summary>
public sealed record SourceInfo(string? Name, string ContentType, string Sha256, long Length)
{
    /// <summary>The encoding a text article was read in (<c>windows-1252</c>); absent for PDF and Word.</summary>
    public string? Encoding { get; init; }

    /// <summary>Where <see cref="Encoding"/> came from: a declaration (<c>content-type</c>, <c>meta</c>, …) or <c>inferred</c>.</summary>
    public EncodingSource? EncodingSource { get; init; }

    /// <summary>For a page fetched from a link: the URL, the final URL after redirects, fetch time, status and validators.</summary>
    public LinkInfo? Link { get; init; }
}
