using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Summarizer.Storage.Pipeline;
using Summarizer.Core;
using Summarizer.Core.Telemetry;

namespace Summarizer.Storage.Queueing;

/// <summary>
/// Lists every article and its result and sends a <see cref="SummarizeRequest"/> for each one that is not up to date.
/// One sweep at a time holds the summaries container's sweep lease; a second one logs and returns null. Sending is
/// the only thing a sweep does, and sending a request twice is harmless (the worker drops up-to-date and superseded
/// ones), so a sweep that dies part-way leaves nothing to repair: the next one sends what is still stale. Articles
/// whose names cannot hold a result are counted (log and metric, once per sweep) and never sent: no run could help.
/// </summary>
public sealed partial class ReconciliationSweep(BackfillRunner backfill, StoredArticlePipeline pipeline, SummarizeRequests queue,
    ILogger<ReconciliationSweep> logger)
{
    /// <summary>Requests sent at once.</summary>
    public const int DefaultParallelism = 16;

    /// <summary>Runs one sweep; null when another sweep holds the lease.</summary>
    public async Task<SweepResult?> RunAsync(int parallelism = DefaultParallelism, CancellationToken cancellationToken = default)
    {
        await using var lease = await pipeline.Summaries.TryTakeSweepLeaseAsync(cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            LogHeldElsewhere(logger);
            return null;
        }

        // Losing the lease mid-way means another sweep may be running: stop sending rather than double its work.
        using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        var clock = Stopwatch.StartNew();
        var found = await backfill.FindStaleAsync(held.Token).ConfigureAwait(false);
        var listing = clock.Elapsed;
        foreach (var problem in found.Problems)
        {
            LogUnreadableListing(logger, problem.Code, problem.Message);
        }

        foreach (var _ in found.InvalidNames)
        {
            SummarizerMetrics.RecordArticle(ArticleOutcomes.Failed, pipeline.EngineName, ErrorCodes.InvalidName);
        }

        var sent = 0;
        if (found.Stale.Count > 0)
        {
            await queue.CreateIfMissingAsync(held.Token).ConfigureAwait(false);
            sent = await queue.SendAllAsync(found.Stale.Select(a => new SummarizeRequest(a.Name, a.ETag.ToString())), parallelism, held.Token)
                .ConfigureAwait(false);
        }

        var result = new SweepResult(found.Total, found.Stale.Count, sent, listing, clock.Elapsed - listing)
        {
            InvalidNames = found.InvalidNames.Count,
            Problems = found.Problems,
        };
        LogSwept(logger, result.Listed, result.Stale, result.InvalidNames, result.Enqueued, listing.TotalMilliseconds);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another sweep holds the sweep lease; this one has nothing to add and stops")]
    private static partial void LogHeldElsewhere(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep listed {Listed} articles, {Stale} without an up-to-date result, {InvalidNames} with names no result can be stored under (invalid_name, not enqueued); enqueued {Enqueued} (listing took {ListingMs:0} ms)")]
    private static partial void LogSwept(ILogger logger, int listed, int stale, int invalidNames, int enqueued, double listingMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweep: {ErrorCode}: {Problem}")]
    private static partial void LogUnreadableListing(ILogger logger, string errorCode, string problem);
}
