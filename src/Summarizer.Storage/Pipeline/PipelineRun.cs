using Azure;
using Microsoft.Extensions.Logging;
using Summarizer.Storage.Blobs;
using Summarizer.Core;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// Carries out <see cref="ResultDecision"/> for one article: reads what the decision needs (the outputs in one
/// listing, the article in one read), takes the step it names, and decides again with what the step learned, until
/// the result stands. A lost race is one more turn of that loop, never a call back into it.
/// </summary>
internal sealed class PipelineRun(BlobArticleStore articles, BlobSummaryStore summaries, ArticleProcessor processor,
    PipelineSettings settings, ResultWriter writer, RepairSteps repairs, LinkSteps links, ILogger logger) : IPipelineRun
{
    // Each turn reads or writes once or twice; an article that changes faster than this many turns is left to the
    // run for its newest version (it has its own event) or to the next sweep.
    private const int MaxTurns = 12;

    public async Task<PipelineResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.ArticleName;
        if (!BlobNames.TryValidate(name, out var problem))
        {
            // No output name can be derived, so there is nowhere to put an error record: report and stop, never retry.
            PipelineLog.InvalidName(logger, name.Length, problem);
            return new PipelineResult(name, PipelineOutcome.Failed, ErrorCodes.InvalidName, problem);
        }

        await using var state = new RunState(BlobNames.For(name), settings, request.FetchPageAgain);
        state.Stored = request.ListedOutputs ?? await summaries.ReadOutputsAsync(state.Names, cancellationToken).ConfigureAwait(false);
        if (request.ListedArticle is { } listed)
        {
            state.Hold(listed);
        }
        else if (await FindArticleAsync(state, request.RequestedVersion, cancellationToken).ConfigureAwait(false) is { } ended)
        {
            return ended;
        }

        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var decision = ResultDecision.Decide(state.Input);
            if (await TakeAsync(decision, state, cancellationToken).ConfigureAwait(false) is { } result)
            {
                return result;
            }
        }

        return Superseded(state);
    }

    private Task<PipelineResult?> TakeAsync(Decision decision, RunState state, CancellationToken cancellationToken) => decision.Step switch
    {
        NextStep.UpToDate => StandAsync(state, decision, cancellationToken),
        NextStep.NewerVersionExists => Task.FromResult<PipelineResult?>(Superseded(state)),
        NextStep.CheckArticle => CheckArticleAsync(state, cancellationToken),
        NextStep.FetchPageAgain => links.FetchAgainAsync(state, cancellationToken),
        NextStep.RenderMarkdown => repairs.RenderMarkdownAsync(state, decision, cancellationToken),
        NextStep.Reuse => repairs.ReuseAsync(state, decision, cancellationToken),
        NextStep.MigrateLegacyFailure => repairs.MigrateAsync(state, cancellationToken),
        NextStep.RecordFailure => RecordAsync(state, new SummarizerException(decision.ErrorCode!, decision.ErrorMessage!), cancellationToken),
        _ => SummarizeAsync(state, cancellationToken),
    };

    // With no listing at hand the article is read once. When a stored result settles its own version, the read is
    // conditional on that version: unchanged costs no transfer. A queued request names its version: a result for it
    // ends the run unread, and an article that moved on ends it too (the newer version has its own request).
    private async Task<PipelineResult?> FindArticleAsync(RunState state, ETag? requested, CancellationToken cancellationToken)
    {
        var settled = SettledVersion(state.Names.Article, state.Stored, state.PageCheck);
        if (requested is { } version && settled?.ETag == version)
        {
            state.Hold(settled);
            return null;
        }

        var read = await articles.ReadAsync(state.Names.Article, settings.MaxInputBytes, ifMatch: requested,
            ifNoneMatch: requested is null ? settled?.ETag : null, cancellationToken).ConfigureAwait(false);
        switch (read.Status)
        {
            case ArticleReadStatus.Missing:
                return new PipelineResult(state.Names.Article, PipelineOutcome.ArticleMissing);
            case ArticleReadStatus.Changed:
                return new PipelineResult(state.Names.Article, PipelineOutcome.Superseded);
            case ArticleReadStatus.NotModified:
                state.Hold(settled!);
                return null;
            default:
                state.Hold(read.Article!, read.Content);
                return null;
        }
    }

    // The article version whose result stands as stored (up to date, or only its Markdown to render), as far as the
    // outputs alone can say; null when every stored result would need the engine.
    // A link article's result due a look at its page is not settled: the article is read whole (a link is a few
    // hundred bytes), so a changed page needs no second read of it.
    private ArticleSnapshot? SettledVersion(string articleName, SummarySnapshot stored, PageCheck page)
    {
        foreach (var result in (ReadOnlySpan<StoredBlob?>)[stored.Json, stored.LegacyError])
        {
            if (result is null)
            {
                continue;
            }

            // Length and type are not needed to settle: only a new result reads them, and that reads the article.
            var version = new ArticleSnapshot(articleName, new ETag(result.Metadata.SourceETag), result.Metadata.SourceLastModified, 0, null);
            var step = ResultDecision.Decide(new DecisionInput(version, stored, settings.Fingerprint, settings.MaxInputBytes) { Page = page }).Step;
            if (step is NextStep.UpToDate or NextStep.RenderMarkdown or NextStep.MigrateLegacyFailure)
            {
                return version;
            }
        }

        return null;
    }

    private async Task<PipelineResult?> StandAsync(RunState state, Decision decision, CancellationToken cancellationToken)
    {
        await writer.RemoveLeftoversAsync(state, decision, cancellationToken).ConfigureAwait(false);
        return new PipelineResult(state.Names.Article, PipelineOutcome.UpToDate, decision.ErrorCode) { Degraded = decision.Degraded };
    }

    private async Task<PipelineResult?> CheckArticleAsync(RunState state, CancellationToken cancellationToken)
    {
        var current = await articles.GetSnapshotAsync(state.Names.Article, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return new PipelineResult(state.Names.Article, PipelineOutcome.ArticleMissing);
        }

        state.ArticleIsCurrent = current.ETag == state.Article.ETag;
        return null;
    }

    private async Task<PipelineResult?> SummarizeAsync(RunState state, CancellationToken cancellationToken)
    {
        if (state.Content is null)
        {
            // The decision needs the bytes (their hash, then the engine): read the article as it is now.
            var read = await articles.ReadAsync(state.Names.Article, settings.MaxInputBytes, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (read.Status == ArticleReadStatus.Missing)
            {
                return new PipelineResult(state.Names.Article, PipelineOutcome.ArticleMissing);
            }

            state.Hold(read.Article!, read.Content);
            return null;
        }

        if (processor.Engine.IsCostly && state.Claim is null)
        {
            // Only one run pays such an engine for an article at a time. Whoever held the claim before may have
            // written the result meanwhile: look again once it is ours.
            state.Claim = await summaries.ClaimAsync(state.Names, cancellationToken).ConfigureAwait(false);
            state.Stored = await summaries.ReadOutputsAsync(state.Names, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (state.Document is null && state.Failure is null)
        {
            try
            {
                var input = await links.InputAsync(state, cancellationToken).ConfigureAwait(false);
                state.Document = await processor.ProcessAsync(input, settings.SummaryOptions, cancellationToken).ConfigureAwait(false);
            }
            catch (SummarizerException ex) when (!ex.IsTransient)
            {
                state.Failure = ex;
            }
        }

        return await writer.WriteAsync(state, cancellationToken).ConfigureAwait(false);
    }

    private Task<PipelineResult?> RecordAsync(RunState state, SummarizerException failure, CancellationToken cancellationToken)
    {
        state.Failure = failure;
        return writer.WriteAsync(state, cancellationToken);
    }

    private PipelineResult Superseded(RunState state)
    {
        PipelineLog.Superseded(logger, state.Names.Article);
        return new PipelineResult(state.Names.Article, PipelineOutcome.Superseded);
    }
}
