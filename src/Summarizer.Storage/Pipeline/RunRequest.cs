using Azure;
using Summarizer.Storage.Blobs;

namespace Summarizer.Storage.Pipeline;

/// <summary>One article to bring up to date, with whatever the caller already knows about it.</summary>
public sealed record RunRequest(string ArticleName)
{
    /// <summary>The article as a listing described it (the backfill): no read is needed to decide.</summary>
    public ArticleSnapshot? ListedArticle { get; init; }

    /// <summary>The article's outputs as a listing described them (the backfill).</summary>
    public SummarySnapshot? ListedOutputs { get; init; }

    /// <summary>
    /// The version a queued request was sent for: a result for it ends the run without reading the article, and a
    /// run finds the article moved on ends there (the newer version has its own request).
    /// </summary>
    public ETag? RequestedVersion { get; init; }

    /// <summary>
    /// Look at a link article's page again even when its result is current for the article blob (a refresh): the page
    /// is fetched conditional on the validators the result holds, and a 304 leaves the result as it is.
    /// </summary>
    public bool FetchPageAgain { get; init; }
}
