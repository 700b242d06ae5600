using Summarizer.Storage.Blobs;
using Summarizer.Core;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// What the backfill's two listings found: the articles, and each one's outputs. A listing storage answers with
/// something unreadable (<c>storage_unreadable</c>) does not end the backfill: the articles read before it still
/// count, outputs that could not be listed are read per article, and the problem is reported.
/// </summary>
public sealed record ContainerListing(IReadOnlyList<ArticleSnapshot> Articles, IReadOnlyDictionary<string, SummarySnapshot>? Outputs,
    IReadOnlyList<SummarizerException> Problems)
{
    public static async Task<ContainerListing> ReadAsync(StoredArticlePipeline pipeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var problems = new List<SummarizerException>();

        // The summaries first: a result listed before its article is for that article's version or an older one.
        IReadOnlyDictionary<string, SummarySnapshot>? outputs = null;
        try
        {
            outputs = await pipeline.Summaries.ListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SummarizerException ex) when (ex.Code == ErrorCodes.StorageUnreadable)
        {
            problems.Add(new SummarizerException(ex.Code, $"The listing of {pipeline.Summaries.ContainerName} cannot be read, so each article's outputs are read on their own: {ex.Message}", innerException: ex));
        }

        var articles = new List<ArticleSnapshot>();
        try
        {
            await foreach (var article in pipeline.Articles.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                articles.Add(article);
            }
        }
        catch (SummarizerException ex) when (ex.Code == ErrorCodes.StorageUnreadable)
        {
            problems.Add(new SummarizerException(ex.Code, $"The listing of {pipeline.Articles.ContainerName} stopped after {articles.Count} articles, which were processed; the rest were not: {ex.Message}", innerException: ex));
        }

        return new ContainerListing(articles, outputs, problems);
    }

    /// <summary>The outputs listed for <paramref name="articleName"/>; null when the summaries listing could not be read.</summary>
    public SummarySnapshot? OutputsOf(string articleName) =>
        Outputs is null ? null : Outputs.GetValueOrDefault(articleName) ?? SummarySnapshot.Empty;
}
