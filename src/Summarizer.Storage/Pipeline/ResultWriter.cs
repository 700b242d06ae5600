using Microsoft.Extensions.Logging;
using Summarizer.Storage.Blobs;
using Summarizer.Core.Documents;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// Stores what a run decided: the result blob with one conditional write, then its Markdown, then the removal of
/// leftovers. A write that loses a race reads the outputs again into the run's state and returns null, so the run
/// decides again; nothing here decides or calls back into the run.
/// </summary>
internal sealed class ResultWriter(BlobSummaryStore summaries, TimeProvider timeProvider, ILogger logger)
{
    private const int MarkdownAttempts = 3;

    /// <summary>Stores the run's summary or failure of its article; null when another writer got there first.</summary>
    public async Task<PipelineResult?> WriteAsync(RunState state, CancellationToken cancellationToken)
    {
        var article = state.Article;
        if (state.Document is { } document)
        {
            // A fallback summary is stored under the fallback engine's fingerprint, so it never passes for the
            // configured engine's work: the next trigger, refresh or sweep tries that engine again.
            var degraded = document.Engine.Degraded;
            var fingerprint = degraded ? document.Engine.Fingerprint : state.Input.Fingerprint;
            var metadata = SummaryMetadata.For(article, state.ContentSha256 ?? document.Source.Sha256, fingerprint) with { Degraded = degraded, Link = state.IsLink };
            var json = BinaryData.FromBytes(SummaryDocumentSerializer.ToUtf8Bytes(document));
            if (await TryStoreResultAsync(state, json, metadata, cancellationToken).ConfigureAwait(false) is not { } written)
            {
                return null;
            }

            await WriteMarkdownAsync(state, document, written, cancellationToken).ConfigureAwait(false);
            PipelineLog.Summarized(logger, article.Name, article.ETag, fingerprint);
            return new PipelineResult(article.Name, PipelineOutcome.Summarized) { Degraded = degraded };
        }

        var failure = state.Failure ?? throw new InvalidOperationException("The run has neither a summary nor a failure to write.");
        var record = new ErrorRecord
        {
            Code = failure.Code,
            Message = failure.Message,
            Name = article.Name,
            SourceEtag = article.ETag.ToString(),
            SourceLastModified = article.LastModified,
            ContentSha256 = state.ContentSha256,
            Fingerprint = state.Input.Fingerprint,
            FailedAt = timeProvider.GetUtcNow(),
            UpstreamStatus = failure.UpstreamStatus,
        };
        var provenance = SummaryMetadata.For(article, state.ContentSha256 ?? "", record.Fingerprint) with { ErrorCode = record.Code, Link = state.IsLink };
        if (!await TryStoreFailureAsync(state, record, provenance, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        PipelineLog.Failed(logger, article.Name, failure.Code);
        return new PipelineResult(article.Name, PipelineOutcome.Failed, failure.Code, failure.Message);
    }

    /// <summary>Stores an error record as the article's result and drops the Markdown of an older summary; false when it lost.</summary>
    public async Task<bool> TryStoreFailureAsync(RunState state, ErrorRecord record, SummaryMetadata metadata, CancellationToken cancellationToken)
    {
        var body = BinaryData.FromBytes(ErrorRecordSerializer.ToUtf8Bytes(record));
        var stored = state.Stored;
        if (await TryStoreResultAsync(state, body, metadata, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        await summaries.DeleteIfUnchangedAsync(state.Names.Markdown, stored.Markdown, cancellationToken).ConfigureAwait(false);
        state.Stored = state.Stored with { Markdown = null };
        return true;
    }

    /// <summary>
    /// Renders <paramref name="document"/> into <c>{name}.md</c>, naming <paramref name="result"/> as its source. When
    /// another writer changed the Markdown meanwhile, it looks again: while the result is still this one, the
    /// rendering is written over the other; once the result was replaced, the Markdown is the newer result's to write.
    /// </summary>
    public async Task WriteMarkdownAsync(RunState state, SummaryDocument document, StoredBlob result, CancellationToken cancellationToken)
    {
        var markdown = BinaryData.FromString(MarkdownRenderer.Render(document));
        var metadata = result.Metadata with { ResultETag = result.ETag.ToString() };
        var known = state.Stored.Markdown;
        for (var attempt = 1; attempt <= MarkdownAttempts; attempt++)
        {
            if (await summaries.TryWriteAsync(state.Names.Markdown, markdown, BlobSummaryStore.MarkdownContentType, metadata, known, cancellationToken)
                .ConfigureAwait(false) is { } written)
            {
                state.Stored = state.Stored with { Markdown = written };
                return;
            }

            state.Stored = await summaries.ReadOutputsAsync(state.Names, cancellationToken).ConfigureAwait(false);
            if (state.Stored.Json?.ETag != result.ETag)
            {
                return;
            }

            known = state.Stored.Markdown;
        }
    }

    /// <summary>
    /// Same bytes, same engine: the stored summary is still right, only its provenance names an older version. Moves
    /// the provenance (a metadata write, no body), then the Markdown's. False when the result changed meanwhile.
    /// </summary>
    public async Task<bool> TryMoveProvenanceAsync(RunState state, CancellationToken cancellationToken)
    {
        var result = state.Stored.Json!;
        var metadata = SummaryMetadata.For(state.Article, state.ContentSha256!, state.Input.Fingerprint) with { Link = result.Metadata.Link };
        if (await summaries.TryUpdateMetadataAsync(state.Names.Json, result, metadata, cancellationToken).ConfigureAwait(false) is not { } moved)
        {
            state.Stored = await summaries.ReadOutputsAsync(state.Names, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var markdown = state.Stored.Markdown;
        state.Stored = state.Stored with { Json = moved };
        if (ResultDecision.IsRenderingOf(markdown, result)
            && await summaries.TryUpdateMetadataAsync(state.Names.Markdown, markdown!, metadata with { ResultETag = moved.ETag.ToString() }, cancellationToken)
                .ConfigureAwait(false) is { } pointed)
        {
            state.Stored = state.Stored with { Markdown = pointed };
        }

        return true;
    }

    /// <summary>Removes what the decision found left over beside a standing result (each only if unchanged since read).</summary>
    public async Task RemoveLeftoversAsync(RunState state, Decision decision, CancellationToken cancellationToken)
    {
        if (decision.RemoveLegacyError)
        {
            await summaries.DeleteIfUnchangedAsync(state.Names.LegacyError, state.Stored.LegacyError, cancellationToken).ConfigureAwait(false);
        }

        if (decision.RemoveMarkdown)
        {
            await summaries.DeleteIfUnchangedAsync(state.Names.Markdown, state.Stored.Markdown, cancellationToken).ConfigureAwait(false);
        }
    }

    // One conditional write of the result blob on the version the run read; a pre-2.0 error record goes once the new
    // result stands. On a lost race the outputs are read again for the next decision.
    private async Task<StoredBlob?> TryStoreResultAsync(RunState state, BinaryData body, SummaryMetadata metadata, CancellationToken cancellationToken)
    {
        var stored = state.Stored;
        var written = await summaries.TryWriteAsync(state.Names.Json, body, BlobSummaryStore.JsonContentType, metadata, stored.Json, cancellationToken)
            .ConfigureAwait(false);
        if (written is null)
        {
            state.Stored = await summaries.ReadOutputsAsync(state.Names, cancellationToken).ConfigureAwait(false);
            return null;
        }

        await summaries.DeleteIfUnchangedAsync(state.Names.LegacyError, stored.LegacyError, cancellationToken).ConfigureAwait(false);
        state.Stored = stored with { Json = written, LegacyError = null };
        return written;
    }
}
