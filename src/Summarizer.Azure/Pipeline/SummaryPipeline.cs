using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Azure.Configuration;
using Summarizer.Azure.Storage;
using Summarizer.Core;
using Summarizer.Core.Documents;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

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

    public BlobArticleStore Articles => articles;

    public BlobSummaryStore Summaries => summaries;

    /// <summary>The fingerprint a summary written now carries.</summary>
    public string Fingerprint => processor.Engine.Fingerprint(SummaryOptions);

    /// <summary>Brings the result for the article named <paramref name="articleName"/> up to date with its current version.</summary>
    public async Task<PipelineResult> ProcessAsync(string articleName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleName);
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
            try
            {
                // The article's version and its outputs are independent reads: one round trip instead of two.
                var articleRead = articles.GetSnapshotAsync(articleName, cancellationToken);
                var existingRead = summaries.GetSnapshotAsync(names, cancellationToken);
                await Task.WhenAll(articleRead, existingRead).ConfigureAwait(false);
                if (await articleRead.ConfigureAwait(false) is not { } article)
                {
                    return new PipelineResult(articleName, PipelineOutcome.ArticleMissing);
                }

                result = await ProcessCoreAsync(article, names, await existingRead.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex)
            {
                throw StorageFailure.Unavailable(ex);
            }
        }
        // Superseded means the article changed under this run: look again, the newest version may still need work.
        while (result.Outcome == PipelineOutcome.Superseded && attempt < MaxAttempts);

        return result;
    }

    /// <summary>
    /// Runs the pipeline for an article whose version and outputs the caller already listed (the backfill), skipping
    /// the per-article look-ups. Falls back to <see cref="ProcessAsync(string, CancellationToken)"/> when the article
    /// changed since the listing.
    /// </summary>
    public async Task<PipelineResult> ProcessAsync(ArticleSnapshot article, SummarySnapshot existing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(existing);
        if (!BlobNames.TryValidate(article.Name, out _))
        {
            return await ProcessAsync(article.Name, cancellationToken).ConfigureAwait(false);
        }

        PipelineResult result;
        try
        {
            result = await ProcessCoreAsync(article, BlobNames.For(article.Name), existing, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            throw StorageFailure.Unavailable(ex);
        }

        return result.Outcome == PipelineOutcome.Superseded
            ? await ProcessAsync(article.Name, cancellationToken).ConfigureAwait(false)
            : result;
    }

    private async Task<PipelineResult> ProcessCoreAsync(ArticleSnapshot article, BlobNames names, SummarySnapshot existing, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint;
        if (existing.HasSummaryOf(article, fingerprint))
        {
            return new PipelineResult(article.Name, PipelineOutcome.UpToDate);
        }

        if (existing.Json is null && existing.HasErrorOf(article, fingerprint))
        {
            var record = await ReadErrorRecordAsync(names, cancellationToken).ConfigureAwait(false);
            return new PipelineResult(article.Name, PipelineOutcome.UpToDate, record?.Code ?? "failed", record?.Message);
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
            return new PipelineResult(article.Name, PipelineOutcome.UpToDate);
        }

        SummaryDocument document;
        try
        {
            document = await processor.ProcessAsync(new ArticleInput(content.ToMemory(), article.Name, article.ContentType),
                SummaryOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (SummarizerException ex) when (!ex.IsTransient)
        {
            return await RecordFailureAsync(article, names, existing, sha256, ex, fingerprint, cancellationToken).ConfigureAwait(false);
        }

        Func<CancellationToken, Task<bool>> isCurrent = ct => articles.IsCurrentAsync(article, ct);
        var json = BinaryData.FromBytes(SummaryDocumentSerializer.ToUtf8Bytes(document));
        if (!await summaries.TryWriteAsync(names.Json, json, BlobSummaryStore.JsonContentType, metadata, existing.Json, isCurrent, cancellationToken).ConfigureAwait(false))
        {
            LogSuperseded(logger, article.Name);
            return new PipelineResult(article.Name, PipelineOutcome.Superseded);
        }

        var markdown = BinaryData.FromString(MarkdownRenderer.Render(document));
        if (!await summaries.TryWriteAsync(names.Markdown, markdown, BlobSummaryStore.MarkdownContentType, metadata, existing.Markdown, isCurrent, cancellationToken).ConfigureAwait(false))
        {
            LogSuperseded(logger, article.Name);
            return new PipelineResult(article.Name, PipelineOutcome.Superseded);
        }

        await summaries.DeleteIfUnchangedAsync(names.Error, existing.Error, cancellationToken).ConfigureAwait(false);
        LogSummarized(logger, article.Name, article.ETag.ToString(), fingerprint);
        return new PipelineResult(article.Name, PipelineOutcome.Summarized);
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
        if (!await summaries.TryWriteAsync(names.Error, body, BlobSummaryStore.JsonContentType, metadata, existing.Error,
                ct => articles.IsCurrentAsync(article, ct), cancellationToken).ConfigureAwait(false))
        {
            return new PipelineResult(article.Name, PipelineOutcome.Superseded);
        }

        // The summary of an older version would contradict the error record: one result per article.
        await summaries.DeleteIfUnchangedAsync(names.Json, existing.Json, cancellationToken).ConfigureAwait(false);
        await summaries.DeleteIfUnchangedAsync(names.Markdown, existing.Markdown, cancellationToken).ConfigureAwait(false);
        LogFailed(logger, article.Name, failure.Code);
        return new PipelineResult(article.Name, PipelineOutcome.Failed, failure.Code, failure.Message);
    }

    private async Task<ErrorRecord?> ReadErrorRecordAsync(BlobNames names, CancellationToken cancellationToken)
    {
        var body = await summaries.ReadAsync(names.Error, cancellationToken).ConfigureAwait(false);
        return body is null ? null : ErrorRecordSerializer.TryFromJson(body.ToMemory().Span);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summarised {BlobName} (version {SourceETag}, {Fingerprint})")]
    private static partial void LogSummarized(ILogger logger, string blobName, string sourceETag, string fingerprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not summarise {BlobName}: {ErrorCode}; error record written")]
    private static partial void LogFailed(ILogger logger, string blobName, string errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Left {BlobName} to a run for a newer version of the article")]
    private static partial void LogSuperseded(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot summarise an article whose name ({NameLength} characters) has no valid summary name: {Problem}")]
    private static partial void LogInvalidName(ILogger logger, int nameLength, string problem);
}
