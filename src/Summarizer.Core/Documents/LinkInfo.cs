namespace Summarizer.Core.Documents;

/// <summary>
/// Where a summarised page came from when the input was a link: the URL asked for, the URL the page was read from
/// after redirects, when, the HTTP status, and the validators a later fetch sends to ask whether the page changed.
/// </summary>
public sealed record LinkInfo(string Url, string FinalUrl, DateTimeOffset FetchedAt, int Status)
{
    /// <summary>The page's <c>ETag</c>, sent back as <c>If-None-Match</c>.</summary>
    public string? ETag { get; init; }

    /// <summary>The page's <c>Last-Modified</c>, sent back as <c>If-Modified-Since</c>.</summary>
    public DateTimeOffset? LastModified { get; init; }
}
