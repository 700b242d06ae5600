using Microsoft.Extensions.Logging;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Links;
using Summarizer.Links;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// An article that holds only a link (a <c>.url</c> Internet Shortcut or <c>{"url": …}</c>, see
/// <see cref="LinkDocument"/>) is summarised as the page it names, fetched by the one guarded <see cref="LinkFetcher"/>
/// the host composed. Recognising one costs no request: the bytes are at hand when the engine is about to read them.
/// A fetch's transient failures (a timeout, 408, 429, 5xx) throw, so the host retries; the others are the article's
/// failure, recorded like any other.
/// </summary>
internal sealed partial class LinkSteps(BlobSummaryStore summaries, LinkFetcher fetcher, ILogger logger)
{
    /// <summary>What the engine reads for the run's article: the article itself, or the page it links to.</summary>
    public async Task<ArticleInput> InputAsync(RunState state, CancellationToken cancellationToken)
    {
        if (state.Page is { } fetched)
        {
            return fetched;
        }

        var article = new ArticleInput(state.Content!.ToMemory(), state.Names.Article, state.Article.ContentType);
        if (LinkDocument.TryRead(article.Content.Span, article.ContentType, article.SourceName) is not { } url)
        {
            return article;
        }

        state.IsLink = true; // set before the fetch, so that its failure is recorded as a link's too
        var page = await fetcher.FetchAsync(fetcher.Policy.CheckUrl(url), cancellationToken: cancellationToken).ConfigureAwait(false);
        return state.Page = page.ToArticleInput();
    }

    /// <summary>
    /// Fetches the page of a link article's stored summary again, conditional on the validators the summary recorded
    /// (<c>source.link</c>): a 304 leaves the result as it is; a new page, or a failure that is final, makes a new
    /// result. Null: the run decides again with what was learnt.
    /// </summary>
    public async Task<PipelineResult?> FetchAgainAsync(RunState state, CancellationToken cancellationToken)
    {
        var result = state.Stored.Json!;
        var body = await summaries.ReadAsync(state.Names.Json, result, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            state.Stored = await summaries.ReadOutputsAsync(state.Names, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (ResultBody.TryReadSummary(body.ToMemory().Span)?.Source.Link is not { } link
            || !Uri.TryCreate(link.FinalUrl, UriKind.Absolute, out var finalUrl))
        {
            // Marked as a link's summary but holding no readable link: made again from the article.
            state.StoredResultUnreadable = true;
            return null;
        }

        state.IsLink = true;
        var validators = new PageValidators(finalUrl, link.ETag, link.LastModified);
        try
        {
            var page = await fetcher.FetchAsync(fetcher.Policy.CheckUrl(link.Url), validators.IsEmpty ? null : validators, cancellationToken)
                .ConfigureAwait(false);
            if (page.NotModified)
            {
                state.PageCheck = PageCheck.Unchanged;
                LogNotModified(logger, state.Names.Article);
                return null;
            }

            state.Page = page.ToArticleInput();
        }
        catch (SummarizerException ex) when (!ex.IsTransient)
        {
            state.Failure = ex;
        }

        state.PageCheck = PageCheck.Changed;
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The page {BlobName} links to is unchanged (304); its result stands")]
    private static partial void LogNotModified(ILogger logger, string blobName);
}
