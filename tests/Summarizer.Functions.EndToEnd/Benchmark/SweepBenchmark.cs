using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Storage.Configuration;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Queueing;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Testing;

namespace Summarizer.Functions.EndToEnd.Benchmark;

/// <summary>
/// The sweep and the queue workers at scale on Azurite: the container grows to 10,000, 20,000 and 50,000 articles, one
/// in ten without an up-to-date summary. At each size the listing (the sweep's up-to-date check) is timed; at 20,000 the
/// app's timer function sweeps and worker processes drain the queue, and the run checks that exactly the stale
/// articles were enqueued and each cost one engine call.
/// </summary>
public static class SweepBenchmark
{
    private static readonly int[] Sizes = [10_000, 20_000, 50_000];

    // The size at which the timer function sweeps and the workers drain (unless --listing-only).
    private const int DrainSize = 20_000;

    /// <param name="args"><c>sweep [workers] [--listing-only]</c>, 3 workers by default; <c>--listing-only</c> skips the drain.</param>
    public static async Task<int> RunAsync(string[] args)
    {
        var listingOnly = args.Contains("--listing-only", StringComparer.Ordinal);
        args = [.. args.Where(a => a != "--listing-only")];
        var workerCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var storage = new AzuriteFixture();
        await storage.InitializeAsync();
        try
        {
            var service = storage.CreateServiceClient();
            var articles = service.GetBlobContainerClient("articles");
            var summaries = service.GetBlobContainerClient("summaries");
            await articles.CreateIfNotExistsAsync();
            await summaries.CreateIfNotExistsAsync();
            var pipeline = Pipeline(articles, summaries);
            var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0] : "unknown";
            Console.WriteLine($"{Environment.ProcessorCount} cores, load average {load}; Azurite in memory; one article in ten stale");
            Console.WriteLine("| articles | stale | listing | articles/s listed |");
            Console.WriteLine("|---|---|---|---|");
            var populated = 0;
            var drained = 0; // stale articles an earlier drain brought up to date: no longer stale at later sizes
            foreach (var size in Sizes)
            {
                await PopulateAsync(articles, summaries, pipeline.Fingerprint, populated, size);
                populated = size;
                var runner = new BackfillRunner(pipeline);
                await runner.FindStaleAsync(); // warm-up: connections, JIT
                var clock = Stopwatch.StartNew();
                var found = await runner.FindStaleAsync();
                clock.Stop();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {found.Total:N0} | {found.Stale.Count:N0} | {clock.Elapsed.TotalSeconds:0.00} s | {found.Total / clock.Elapsed.TotalSeconds:N0} |"));
                if (found.Stale.Count != size / 10 - drained)
                {
                    Console.Error.WriteLine($"expected {size / 10 - drained} stale articles, the listing found {found.Stale.Count}");
                    return 1;
                }

                if (size == DrainSize && !listingOnly)
                {
                    if (await SweepAndDrainAsync(storage, workerCount, found.Stale.Count) is var failed && failed != 0)
                    {
                        return failed;
                    }

                    drained += found.Stale.Count;
                }
            }

            return 0;
        }
        finally
        {
            await storage.DisposeAsync();
        }
    }

    private static async Task<int> SweepAndDrainAsync(AzuriteFixture storage, int workerCount, int stale)
    {
        await using var server = await RpcServer.StartAsync();
        var settings = AppSettings.For(storage.ConnectionString);
        var workers = await Task.WhenAll(Enumerable.Range(0, workerCount).Select(_ => WorkerHost.StartAsync(settings, server)));
        try
        {
            var queue = new QueueServiceClient(storage.ConnectionString).GetQueueClient(SummarizeRequests.QueueName);
            var clock = Stopwatch.StartNew();
            var fired = await workers[0].FireTimerAsync("SweepArticles", TimeSpan.FromMinutes(10));
            var sweep = clock.Elapsed;
            if (fired.Result.Status != Rpc.StatusResult.Types.Status.Success)
            {
                Console.Error.WriteLine($"the sweep failed: {fired.Result}");
                return 1;
            }

            int queued = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sweep (timer function, {DrainSize:N0} articles): {sweep.TotalSeconds:0.00} s, enqueued {queued:N0} (stale {stale:N0})"));
            var marks = workers.Select(w => w.Log.Lines().Count).ToArray();
            clock.Restart();
            await new QueueListener(new QueueServiceClient(storage.ConnectionString), SummarizeRequests.QueueName, QueueSettings.FromHostJson())
                .DrainAsync(workers, TimeSpan.FromMinutes(30));
            var drain = clock.Elapsed;
            var engineCalls = workers.Select((w, i) => w.Log.Lines().Skip(marks[i]).Count(l => l.Contains("Summarised ", StringComparison.Ordinal))).Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{workerCount} queue workers: {queued:N0} requests in {drain.TotalSeconds:0.00} s = {queued / drain.TotalSeconds:N0} articles/s, {engineCalls:N0} engine calls"));
            Console.WriteLine();
            return queued == stale && engineCalls == stale ? 0 : 1;
        }
        finally
        {
            await Task.WhenAll(workers.Select(w => w.DisposeAsync().AsTask()));
        }
    }

    // Articles [from, to); every tenth has no summary, the rest a current one (metadata is all the listing reads).
    private static async Task PopulateAsync(BlobContainerClient articles, BlobContainerClient summaries, string fingerprint, int from, int to)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 64 };
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), parallel, async (i, ct) =>
        {
            var name = $"bench/{i:00000}.txt";
            var text = $"Article {i}. The harbour board met on Tuesday to agree the dredging plan. Work starts in spring.";
            BlobContentInfo info = await articles.GetBlobClient(name).UploadAsync(BinaryData.FromString(text), overwrite: true, ct);
            if (i % 10 == 0)
            {
                return;
            }

            var article = new ArticleSnapshot(name, new ETag(info.ETag.ToString().StartsWith('"') ? info.ETag.ToString() : $"\"{info.ETag}\""),
                info.LastModified, text.Length, "text/plain");
            var metadata = SummaryMetadata.For(article, new string('0', 64), fingerprint).ToDictionary();
            foreach (var output in new[] { name + ".json", name + ".md" })
            {
                await summaries.GetBlobClient(output).UploadAsync(BinaryData.FromString("{}"), new BlobUploadOptions { Metadata = metadata }, ct);
            }
        });
    }

    private static StoredArticlePipeline Pipeline(BlobContainerClient articles, BlobContainerClient summaries) => new(
        new BlobArticleStore(articles),
        new BlobSummaryStore(summaries),
        new ArticleProcessor(new ArticleDecoder(), new ExtractiveSummarizer(), TimeProvider.System),
        TestLinkFetchers.PublicOnly(),
        Options.Create(new SummarizerOptions()),
        TimeProvider.System,
        NullLogger<StoredArticlePipeline>.Instance);
}
