using Microsoft.Extensions.Logging;
using Summarizer.Storage.Blobs;
using Summarizer.Core.Documents;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// The steps that bring a stored result up to date without the engine: render its Markdown again, move a summary of
/// the same bytes to the article's new version, and move an error record out of its pre-2.0 blob. Each returns the
/// run's result, or null when the outputs changed meanwhile and the run decides again.
/// </summary>
internal sealed class RepairSteps(BlobSummaryStore summaries, ResultWriter writer, ILogger logger)
{
    public async Task<PipelineResult?> RenderMarkdownAsync(RunState state, Decision decision, CancellationToken cancellationToken)
    {
        var result = state.Stored.Json!;
        var body = await summaries.ReadAsync(state.Names.Json, result, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            state.Stored = await summaries.ReadOutputsAsync(state.Names, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (ResultBody.TryReadSummary(body.ToMemory().Span) is not { } document)
        {
            // Not a summary after all (written by hand, or damaged): it is replaced by a new result.
            state.StoredResultUnreadable = true;
            return null;
        }

        await writer.WriteMarkdownAsync(state, document, result, cancellationToken).ConfigureAwait(false);
        await writer.RemoveLeftoversAsync(state, decision, cancellationToken).ConfigureAwait(false);
        PipelineLog.Rendered(logger, state.Names.Article);
        return new PipelineResult(state.Names.Article, PipelineOutcome.UpToDate) { Degraded = decision.Degraded };
    }

    public async Task<PipelineResult?> ReuseAsync(RunState state, Decision decision, CancellationToken cancellationToken)
    {
        if (!await writer.TryMoveProvenanceAsync(state, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // The Markdown follows on the next turn when it did not render the stored result.
        await writer.RemoveLeftoversAsync(state, decision, cancellationToken).ConfigureAwait(false);
        return ResultDecision.IsRenderingOf(state.Stored.Markdown, state.Stored.Json!)
            ? new PipelineResult(state.Names.Article, PipelineOutcome.UpToDate)
            : null;
    }

    public async Task<PipelineResult?> MigrateAsync(RunState state, CancellationToken cancellationToken)
    {
        var legacy = state.Stored.LegacyError!;
        var body = await summaries.ReadAsync(state.Names.LegacyError, legacy, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            state.Stored = await summaries.ReadOutputsAsync(state.Names, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (ErrorRecordSerializer.TryFromJson(body.ToMemory().Span) is not { } record)
        {
            // Not a record after all: the article gets a new result, which replaces it.
            state.StoredResultUnreadable = true;
            return null;
        }

        // The provenance the decision went by (the old blob's metadata), now with the code a listing needs.
        var migrated = record with { SchemaVersion = SummaryDocument.CurrentSchemaVersion };
        if (!await writer.TryStoreFailureAsync(state, migrated, legacy.Metadata with { ErrorCode = record.Code }, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        PipelineLog.Migrated(logger, state.Names.Article);
        return new PipelineResult(state.Names.Article, PipelineOutcome.UpToDate, record.Code, record.Message);
    }
}
