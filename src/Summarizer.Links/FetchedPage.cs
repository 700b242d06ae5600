using Summarizer.Core.Documents;
using Summarizer.Core.Ingestion;

namespace Summarizer.Links;

/// <summary>
/// A page as a fetch found it: the URL asked for, the URL answered from after redirects, status, time, content type
/// and body (at most the policy's byte cap). <see cref="NotModified"/> pages carry no body: the server answered 304
/// to the validators sent.
/// </summary>
public sealed record FetchedPage(Uri Url, Uri FinalUrl, int Status, DateTimeOffset FetchedAt, string? ContentType, ReadOnlyMemory<byte> Content)
{
    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public bool NotModified => Status == 304;

    public LinkInfo Link => new(Url.AbsoluteUri, FinalUrl.AbsoluteUri, FetchedAt, Status) { ETag = ETag, LastModified = LastModified };

    /// <summary>
    /// The page as an article input: its bytes, the response's Content-Type (its charset and the page's own
    /// declarations decide the encoding, as for files), and the final URL's path as its name, whose extension decides
    /// the format only when the type is missing or generic. The query never becomes a name: it may hold secrets.
    /// </summary>
    public ArticleInput ToArticleInput() => new(Content, FinalUrl.GetLeftPart(UriPartial.Path), ContentType) { Link = Link };
}
