using System.Diagnostics;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Azure.Configuration;
using Summarizer.Azure.Storage;
using Summarizer.Core;
using Summarizer.Core.Documents;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Telemetry;

namespace Summarizer.Azure.Pipeline;

/// <summary>
/// Takes an article blob and leaves exactly one up-to-date result for it in the summaries container: the summary as
/// JSON and Markdown, or an error record. Shared by the blob trigger, the HTTP refresh and <c>summarizer process</c>.
/// Permanent failures are recorded and returned; transient ones (<see cref="SummarizerException.IsTransient"/>) throw
/// so the host retries.
/// </summary>
public sealed partial class SummaryPipeline(
    BlobArticleStore articles,
    BlobSummaryStore summaries,
    ArticleProcessor processor,
    IOptions<SummarizerOptions> options,
    TimeProvider timeProvider,
    ILogger<SummaryPipeline> logger)
{
    private const int MaxAttempts = 3;
    private readonly long _maxInputBytes = options.Value.MaxInputBytes;

    /// <summary>The options every stored summary is made with; part of the fingerprint.</summary>
    public SummaryOptions SummaryOptions { get; init; } = SummaryOptions.Default;

    /// <summary>
    /// Whether a run takes the article's claim before paying the engine (default true), so concurrent runs do not both
    /// call it. Results stay right without it (every write is conditional and re-checks the version), which is what
    /// happens when a claim's lease runs out under a stalled run; tests switch it off to stage exactly that.
    /// </summary>
    public bool ClaimEngineWork { get; init; } = true;

    public BlobArticleStore Articles => articles;

    public BlobSummaryStore Summaries => summaries;

    /// <summary>The fingerprint a summary written now carries.</summary>
    public string Fingerprint => processor.Engine.Fingerprint(SummaryOptions);

    /// <summary>Brings the result for the article named <paramref name="articleName"/> up to date with its current version.</summary>
    public Task<PipelineResult> ProcessAsync(string articleName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleName);
        return MeasureAsync(articleName, ct => ProcessNamedAsync(articleName, ct), cancellationToken);
    }

    /// <summary>
    /// Runs the pipeline for an article whose version and outputs the caller already listed (the backfill), skipping
    /// the per-article look-ups. Falls back to <see cref="ProcessAsync(string, CancellationToken)"/> when the article
    /// changed since the listing.
    /// </summary>
    public Task<PipelineResult> ProcessAsync(ArticleSnapshot article, SummarySnapshot existing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(existing);
        return MeasureAsync(article.Name, ct => ProcessListedAsync(article, existing, ct), cancellationToken);
    }

    // One span and one count per run, whichever entry point and however many looks it took; a transient failure
    // (the host retries it) is counted too, so an outage shows on the dashboard before the retries run out.
    private async Task<PipelineResult> MeasureAsync(string articleName, Func<CancellationToken, Task<PipelineResult>> run, CancellationToken cancellationToken)
    {
        var engine = processor.Engine.Name;
        using var activity = SummarizerTelemetry.Source.StartActivity(SummarizerTelemetry.PipelineSpan);
        activity?.SetTag(TelemetryAttributes.Article, articleName);
        activity?.SetTag(TelemetryAttributes.Engine, engine);
        try
        {
            var result = await run(cancellationToken).ConfigureAwait(false);
            var outcome = OutcomeName(result.Outcome);
            SummarizerMetrics.RecordArticle(outcome, engine, result.Outcome == PipelineOutcome.Failed ? result.ErrorCode : null);
            activity?.SetTag(TelemetryAttributes.Outcome, outcome);
            if (result.Outcome == PipelineOutcome.Failed)
            {
                activity?.SetTag(TelemetryAttributes.ErrorType, result.ErrorCode);
                activity?.SetStatus(ActivityStatusCode.Error, result.ErrorMessage);
            }

            return result;
        }
        catch (SummarizerException ex) when (ex.IsTransient)
        {
            SummarizerMetrics.RecordArticle(ArticleOutcomes.TransientFailure, engine, ex.Code);
            activity?.SetTag(TelemetryAttributes.Outcome, ArticleOutcomes.TransientFailure);
            activity?.SetTag(TelemetryAttributes.ErrorType, ex.Code);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
        catch (Exception ex)
        {
            activity?.SetTag(TelemetryAttributes.ErrorType, ex.GetType().FullName);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }

    private static string OutcomeName(PipelineOutcome outcome) => outcome switch
    {
        PipelineOutcome.Summarized => ArticleOutcomes.Summarized,
        PipelineOutcome.UpToDate => ArticleOutcomes.UpToDate,
        PipelineOutcome.Failed => ArticleOutcomes.Failed,
        PipelineOutcome.Superseded => ArticleOutcomes.Superseded,
        _ => ArticleOutcomes.ArticleMissing,
    };

    private async Task<PipelineResult> ProcessNamedAsync(string articleName, CancellationToken cancellationToken)
    {
        if (!BlobNames.TryValidate(articleName, out var problem))
        {
            // No output name can be derived, so there is nowhere to put an error record: report and stop, never retry.
            LogInvalidName(logger, articleName.Length, problem);
            return new PipelineResult(articleName, PipelineOutcome.Failed, ErrorCodes.InvalidName, problem);
        }

        var names = BlobNames.For(articleName);
        PipelineResult result;
        var attempt = 0;
        do
        {
            attempt++;
            // The article's version and its outputs are independent reads: one round trip instead of two.
            var articleRead = articles.GetSnapshotAsync(articleName, cancellationToken);
            var existingRead = summaries.GetSnapshotAsync(names, cancellationToken);
            await Task.WhenAll(articleRead, existingRead).ConfigureAwait(false);
            if (await articleRead.ConfigureAwait(false) is not { } article)
            {
                return new PipelineResult(articleName, PipelineOutcome.ArticleMissing);
            }

            result = await ProcessCoreAsync(article, names, await existingRead.ConfigureAwait(false), claim: null, cancellationToken).ConfigureAwait(false);
        }
        // Superseded means the article changed under this run: look again, the newest version may still need work.
        while (result.Outcome == PipelineOutcome.Superseded && attempt < MaxAttempts);

        return result;
    }

    private async Task<PipelineResult> ProcessListedAsync(ArticleSnapshot article, SummarySnapshot existing, CancellationToken cancellationToken)
    {
        if (!BlobNames.TryValidate(article.Name, out _))
        {
            return await ProcessNamedAsync(article.Name, cancellationToken).ConfigureAwait(false);
        }

        // The stores turn every storage failure into StorageFailure (storage_unavailable) themselves.
        var result = await ProcessCoreAsync(article, BlobNames.For(article.Name), existing, claim: null, cancellationToken).ConfigureAwait(false);

        return result.Outcome == PipelineOutcome.Superseded
            ? await ProcessNamedAsync(article.Name, cancellationToken).ConfigureAwait(false)
            : result;
    }

    private async Task<PipelineResult> ProcessCoreAsync(ArticleSnapshot article, BlobNames names, SummarySnapshot existing,
        ArticleClaim? claim, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint;

        // A run that waited for another run's claim takes that run's result for this version, degraded or not: paying
        // the engine again right away is what the claim is there to prevent. The next run retries a degraded one.
        var degradedAccepted = claim is { WaitedForAnotherRun: true } && existing.HasDegradedSummaryOf(article);
        if (existing.HasSummaryOf(article, fingerprint) || degradedAccepted)
        {
            // An error record beside a current summary is left over from an older version (or engine): drop it.
            return await RemoveStaleAsync(article, [(names.Error, existing.Error)], cancellationToken).ConfigureAwait(false)
                ? new PipelineResult(article.Name, PipelineOutcome.UpToDate) { Degraded = degradedAccepted }
                : new PipelineResult(article.Name, PipelineOutcome.Superseded);
        }

        if (existing.HasErrorOf(article, fingerprint))
        {
            if (!await RemoveStaleAsync(article, [(names.Json, existing.Json), (names.Markdown, existing.Markdown)], cancellationToken).ConfigureAwait(false))
            {
                return new PipelineResult(article.Name, PipelineOutcome.Superseded);
            }

            var record = await ReadErrorRecordAsync(names, cancellationToken).ConfigureAwait(false);
            return new PipelineResult(article.Name, PipelineOutcome.UpToDate, record?.Code ?? ErrorCodes.Failed, record?.Message);
        }

        if (existing.HasJsonOf(article, fingerprint)
            && await TryRenderMissingMarkdownAsync(article, names, existing, cancellationToken).ConfigureAwait(false) is { } rendered)
        {
            return rendered;
        }

        if (article.Length > _maxInputBytes)
        {
            // Checked before download: an oversized blob costs no transfer.
            var tooLarge = new SummarizerException(ErrorCodes.InputTooLarge,
                $"The article is {article.Length:N0} bytes; the limit is {_maxInputBytes:N0} bytes.");
            return await RecordFailureAsync(article, names, existing, null, tooLarge, fingerprint, cancellationToken).ConfigureAwait(false);
        }

        BinaryData? content;
        try
        {
            content = await articles.DownloadAsync(article, _maxInputBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (SummarizerException ex) when (!ex.IsTransient)
        {
            return await RecordFailureAsync(article, names, existing, null, ex, fingerprint, cancellationToken).ConfigureAwait(false);
        }

        if (content is null)
        {
            return new PipelineResult(article.Name, PipelineOutcome.Superseded);
        }

        var sha256 = SummaryDocumentFactory.Sha256Hex(content.ToMemory().Span);
        var metadata = SummaryMetadata.For(article, sha256, fingerprint);
        if (await TryReuseAsync(names, existing, metadata, cancellationToken).ConfigureAwait(false))
        {
            return await RemoveStaleAsync(article, [(names.Error, existing.Error)], cancellationToken).ConfigureAwait(false)
                ? new PipelineResult(article.Name, PipelineOutcome.UpToDate)
                : new PipelineResult(article.Name, PipelineOutcome.Superseded);
        }

        if (claim is not null || !ClaimEngineWork)
        {
            return await SummarizeAndWriteAsync(article, names, existing, content, metadata, cancellationToken).ConfigureAwait(false);
        }

        // Only one run pays the engine for an article at a time. Whoever held the claim before may have written the
        // result meanwhile, so look again once it is ours, and start over if anything changed.
        await using var held = await summaries.ClaimAsync(names, cancellationToken).ConfigureAwait(false);
        var now = await summaries.GetSnapshotAsync(names, cancellationToken).ConfigureAwait(false);
        return now.SameVersionsAs(existing)
            ? await SummarizeAndWriteAsync(article, names, existing, content, metadata, cancellationToken).ConfigureAwait(false)
            : await ProcessCoreAsync(article, names, now, held, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PipelineResult> SummarizeAndWriteAsync(ArticleSnapshot article, BlobNames names, SummarySnapshot existing,
        BinaryData content, SummaryMetadata metadata, CancellationToken cancellationToken)
    {
        SummaryDocument document;
        try
        {
            document = await processor.ProcessAsync(new ArticleInput(content.ToMemory(), article.Name, article.ContentType),
                SummaryOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (SummarizerException ex) when (!ex.IsTransient)
        {
            return await RecordFailureAsync(article, names, existing, metadata.ContentSha256, ex, metadata.Fingerprint, cancellationToken).ConfigureAwait(false);
        }

        // A fallback summary is stored under the fallback engine's fingerprint, so it never passes for the configured
        // engine's work: the next trigger, refresh or sweep tries that engine again.
        var degraded = document.Engine.Degraded;
        if (degraded)
        {
            metadata = SummaryMetadata.For(article, metadata.ContentSha256, document.Engine.Fingerprint) with { Degraded = true };
        }

        var json = BinaryData.FromBytes(SummaryDocumentSerializer.ToUtf8Bytes(document));
        var markdown = BinaryData.FromString(MarkdownRenderer.Render(document));
        var written = await TryWriteCurrentAsync(article,
            [
                new OutputWrite(names.Json, json, BlobSummaryStore.JsonContentType, existing.Json),
                new OutputWrite(names.Markdown, markdown, BlobSummaryStore.MarkdownContentType, existing.Markdown),
            ],
            metadata, [(names.Error, existing.Error)], cancellationToken).ConfigureAwait(false);
        if (!written)
        {
            LogSuperseded(logger, article.Name);
            return new PipelineResult(article.Name, PipelineOutcome.Superseded);
        }

        LogSummarized(logger, article.Name, article.ETag, metadata.Fingerprint);
        return new PipelineResult(article.Name, PipelineOutcome.Summarized) { Degraded = degraded };
    }

    // Same bytes, same engine: the stored summary is still right, only its provenance points at the old ETag.
    private async Task<bool> TryReuseAsync(BlobNames names, SummarySnapshot existing, SummaryMetadata metadata, CancellationToken cancellationToken)
    {
        if (existing.Json is null || existing.Markdown is null
            || !existing.Json.Metadata.HasContent(metadata.ContentSha256, metadata.Fingerprint)
            || !existing.Markdown.Metadata.HasContent(metadata.ContentSha256, metadata.Fingerprint))
        {
            return false;
        }

        return await summaries.TryUpdateMetadataAsync(names.Json, existing.Json, metadata, cancellationToken).ConfigureAwait(false)
            && await summaries.TryUpdateMetadataAsync(names.Markdown, existing.Markdown, metadata, cancellationToken).ConfigureAwait(false);
    }

    // The JSON is this version's summary but the Markdown is missing or older: render it from the stored JSON, with no
    // engine call. Null when the JSON cannot be read back (then the article is summarised again).
    private async Task<PipelineResult?> TryRenderMissingMarkdownAsync(ArticleSnapshot article, BlobNames names, SummarySnapshot existing, CancellationToken cancellationToken)
    {
        var body = await summaries.ReadAsync(names.Json, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }

        SummaryDocument document;
        try
        {
            document = SummaryDocumentSerializer.FromJson(body.ToMemory().Span);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        var markdown = BinaryData.FromString(MarkdownRenderer.Render(document));
        var written = await TryWriteCurrentAsync(article,
            [new OutputWrite(names.Markdown, markdown, BlobSummaryStore.MarkdownContentType, existing.Markdown)],
            existing.Json!.Metadata, [(names.Error, existing.Error)], cancellationToken).ConfigureAwait(false);
        LogRendered(logger, article.Name);
        return new PipelineResult(article.Name, written ? PipelineOutcome.UpToDate : PipelineOutcome.Superseded);
    }

    private async Task<PipelineResult> RecordFailureAsync(ArticleSnapshot article, BlobNames names, SummarySnapshot existing,
        string? sha256, SummarizerException failure, string fingerprint, CancellationToken cancellationToken)
    {
        var record = new ErrorRecord
        {
            Code = failure.Code,
            Message = failure.Message,
            Name = article.Name,
            SourceEtag = article.ETag.ToString(),
            SourceLastModified = article.LastModified,
            ContentSha256 = sha256,
            Fingerprint = fingerprint,
            FailedAt = timeProvider.GetUtcNow(),
        };
        var metadata = SummaryMetadata.For(article, sha256 ?? "", fingerprint);
        var body = BinaryData.FromBytes(ErrorRecordSerializer.ToUtf8Bytes(record));

        // The summary of an older version would contradict the error record: one result per article.
        var written = await TryWriteCurrentAsync(article,
            [new OutputWrite(names.Error, body, BlobSummaryStore.JsonContentType, existing.Error)],
            metadata, [(names.Json, existing.Json), (names.Markdown, existing.Markdown)], cancellationToken).ConfigureAwait(false);
        if (!written)
        {
            LogSuperseded(logger, article.Name);
            return new PipelineResult(article.Name, PipelineOutcome.Superseded);
        }

        LogFailed(logger, article.Name, failure.Code);
        return new PipelineResult(article.Name, PipelineOutcome.Failed, failure.Code, failure.Message);
    }

    /// <summary>
    /// Writes this version's result and removes the other kind of result, but only while the article is still at this
    /// version: checked before the first write (a late run for an older version writes nothing) and again after the
    /// last one. When a newer version appeared in between, this run takes its own writes back (each only if unchanged
    /// since), because the newer version's run may already have finished without seeing them. Anything in
    /// <paramref name="stale"/> was stored before this run looked, and this version was current after that, so it
    /// belongs to an older version (or engine) and is deleted if unchanged.
    /// </summary>
    private async Task<bool> TryWriteCurrentAsync(ArticleSnapshot article, IReadOnlyList<OutputWrite> writes, SummaryMetadata metadata,
        IReadOnlyList<(string Name, StoredBlob? Known)> stale, CancellationToken cancellationToken)
    {
        Func<CancellationToken, Task<bool>> isCurrent = ct => articles.IsCurrentAsync(article, ct);
        if (!await isCurrent(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var written = new List<(string Name, StoredBlob Blob)>(writes.Count);
        foreach (var write in writes)
        {
            var etag = await summaries.TryWriteAsync(write.Name, write.Content, write.ContentType, metadata, write.Known, isCurrent, cancellationToken).ConfigureAwait(false);
            if (etag is null)
            {
                await TakeBackAsync(written, cancellationToken).ConfigureAwait(false);
                return false;
            }

            written.Add((write.Name, new StoredBlob(etag.Value, metadata)));
        }

        if (!await isCurrent(cancellationToken).ConfigureAwait(false))
        {
            await TakeBackAsync(written, cancellationToken).ConfigureAwait(false);
            return false;
        }

        foreach (var (name, known) in stale)
        {
            await summaries.DeleteIfUnchangedAsync(name, known, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    // Deletes outputs stored before this run looked, once the article is confirmed to be at this run's version (so
    // they belong to an older one). False when it is not: a newer version's run owns the outputs now.
    private async Task<bool> RemoveStaleAsync(ArticleSnapshot article, IReadOnlyList<(string Name, StoredBlob? Known)> stale, CancellationToken cancellationToken)
    {
        if (stale.All(s => s.Known is null))
        {
            return true;
        }

        if (!await articles.IsCurrentAsync(article, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        foreach (var (name, known) in stale)
        {
            await summaries.DeleteIfUnchangedAsync(name, known, cancellationToken).ConfigureAwait(false);
        }

        LogRemovedStale(logger, article.Name);
        return true;
    }

    private async Task TakeBackAsync(List<(string Name, StoredBlob Blob)> written, CancellationToken cancellationToken)
    {
        foreach (var (name, blob) in written)
        {
            await summaries.DeleteIfUnchangedAsync(name, blob, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ErrorRecord?> ReadErrorRecordAsync(BlobNames names, CancellationToken cancellationToken)
    {
        var body = await summaries.ReadAsync(names.Error, cancellationToken).ConfigureAwait(false);
        return body is null ? null : ErrorRecordSerializer.TryFromJson(body.ToMemory().Span);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summarised {BlobName} (version {SourceETag}, {Fingerprint})")]
    private static partial void LogSummarized(ILogger logger, string blobName, ETag sourceETag, string fingerprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not summarise {BlobName}: {ErrorCode}; error record written")]
    private static partial void LogFailed(ILogger logger, string blobName, string errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Left {BlobName} to a run for a newer version of the article")]
    private static partial void LogSuperseded(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered the missing Markdown of {BlobName} from its stored summary")]
    private static partial void LogRendered(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed results of an older version of {BlobName}")]
    private static partial void LogRemovedStale(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot summarise an article whose name ({NameLength} characters) has no valid summary name: {Problem}")]
    private static partial void LogInvalidName(ILogger logger, int nameLength, string problem);
}
