using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Summarizer.Storage.Queueing;
using Summarizer.Storage.Blobs;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// The sweep and the queue fan-out as the host runs them: the timer fires the sweep in one instance, and three worker
/// processes drain <c>summarize-requests</c> through a queue listener that retries and poisons by the app's host.json.
/// </summary>
[Collection(QueueWorkersCollection.Name)]
public sealed class QueueFanOutTests(QueueWorkersFixture fixture)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(4);
    private readonly QueueClient _queue = fixture.Queues.GetQueueClient(SummarizeRequests.QueueName);

    [Fact]
    public async Task Sweep_TenPercentStale_EnqueuesExactlyThoseAndThreeWorkersBringAllUpToDateWithOneEngineCallEach()
    {
        const int Count = 300;
        var names = Enumerable.Range(0, Count).Select(i => $"fanout/{i:000}.txt").ToArray();
        await Task.WhenAll(names.Select(n => UploadAsync(n, $"Story {n}.")));
        await SweepAndDrainAsync();
        await AssertAllUpToDateAsync(names);

        // One article in ten changes: those, and only those, are stale.
        var stale = names.Where((_, i) => i % 10 == 3).ToArray();
        await Task.WhenAll(stale.Select(n => UploadAsync(n, $"Story {n}, revised.")));
        var before = LogMark();

        await FireSweepAsync();
        var queued = await PeekAllAsync();
        Assert.Equal(stale, queued.Select(r => r.Name).Order(StringComparer.Ordinal));

        // A second sweep before the workers start doubles every request: still one engine call per article.
        await FireSweepAsync();
        await new QueueListener(fixture.Queues, SummarizeRequests.QueueName, QueueSettings.FromHostJson()).DrainAsync(fixture.Workers, DrainTimeout);

        var summarised = SummarisedSince(before);
        Assert.Equal(stale, summarised.Order(StringComparer.Ordinal));
        await AssertAllUpToDateAsync(names);
        await FireSweepAsync();
        Assert.Empty(await PeekAllAsync());
    }

    [Fact]
    public async Task Sweep_WhileAnotherSweepHoldsTheLease_LogsAndSendsNothing()
    {
        var name = $"lease/{Guid.NewGuid():N}.txt";
        await UploadAsync(name, "A story waiting for the sweep.");
        var lockBlob = fixture.Summaries.GetBlobClient(SweepLease.BlobName);
        if (!(await lockBlob.ExistsAsync()).Value)
        {
            await lockBlob.UploadAsync(BinaryData.Empty);
        }

        var lease = lockBlob.GetBlobLeaseClient();
        await lease.AcquireAsync(TimeSpan.FromSeconds(60));
        try
        {
            await FireSweepAsync();
            Assert.DoesNotContain(await PeekAllAsync(), r => r.Name == name);
            Assert.Contains(fixture.Workers[0].Log.Lines(), l => l.Contains("Another sweep holds the sweep lease", StringComparison.Ordinal));
        }
        finally
        {
            await lease.ReleaseAsync();
        }

        await FireSweepAsync();
        Assert.Contains(await PeekAllAsync(), r => r.Name == name);
        await DrainAsync();
        await AssertAllUpToDateAsync([name]);
    }

    [Fact]
    public async Task QueueFunction_MessageThatKeepsFailing_EndsInThePoisonQueueAfterMaxDequeueCount()
    {
        var settings = QueueSettings.FromHostJson();
        var poison = fixture.Queues.GetQueueClient(SummarizeRequests.PoisonQueueName);
        await poison.CreateIfNotExistsAsync();
        await poison.ClearMessagesAsync();
        await _queue.CreateIfNotExistsAsync();
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"name\":\"poison.txt\"}"));
        await _queue.SendMessageAsync(body);

        // host.json's count and encoding; the test skips the 30 s wait between tries, not the tries.
        var listener = new QueueListener(fixture.Queues, SummarizeRequests.QueueName, settings with { VisibilityTimeout = TimeSpan.Zero });
        await listener.DrainAsync(fixture.Workers, DrainTimeout);

        Assert.Equal(5, settings.MaxDequeueCount);
        Assert.Equal(settings.MaxDequeueCount, listener.Invocations.Count);
        Assert.All(listener.Invocations, i => Assert.Equal(StatusResult.Types.Status.Failure, i.Response.Result.Status));
        PeekedMessage[] poisoned = await poison.PeekMessagesAsync(10);
        Assert.Equal([body], poisoned.Select(m => m.MessageText));
        Assert.Empty(await PeekAllAsync());
    }

    [Fact]
    public async Task QueueFunction_RequestForASupersededVersion_CompletesWithoutSummarising()
    {
        var name = $"superseded/{Guid.NewGuid():N}.txt";
        var old = await UploadAsync(name, "The first version of a story.");
        var current = await UploadAsync(name, "The second version of a story.");
        await new SummarizeRequests(_queue).CreateIfMissingAsync();
        await new SummarizeRequests(_queue).SendAsync(new SummarizeRequest(name, old.ETag.ToString()));
        var before = LogMark();

        var listener = await DrainAsync();

        Assert.Equal(StatusResult.Types.Status.Success, Assert.Single(listener.Invocations).Response.Result.Status);
        Assert.Empty(SummarisedSince(before));
        Assert.False((await fixture.Summaries.GetBlobClient(name + ".json").ExistsAsync()).Value);

        // The current version's request does the work.
        await new SummarizeRequests(_queue).SendAsync(new SummarizeRequest(name, current.ETag.ToString()));
        await DrainAsync();
        Assert.Equal([name], SummarisedSince(before));
    }

    private async Task SweepAndDrainAsync()
    {
        await FireSweepAsync();
        await DrainAsync();
    }

    private async Task<QueueListener> DrainAsync()
    {
        var listener = new QueueListener(fixture.Queues, SummarizeRequests.QueueName, QueueSettings.FromHostJson());
        await listener.DrainAsync(fixture.Workers, DrainTimeout);
        return listener;
    }

    private async Task FireSweepAsync()
    {
        var fired = await fixture.Workers[0].FireTimerAsync("SweepArticles");
        Assert.True(fired.Result.Status == StatusResult.Types.Status.Success, $"{fired.Result}\n{fixture.Workers[0].Log.Tail()}");
    }

    private async Task<BlobContentInfo> UploadAsync(string name, string text) =>
        (await fixture.Articles.GetBlobClient(name).UploadAsync(BinaryData.FromString(text), overwrite: true)).Value;

    // Where each worker's log stands now; SummarisedSince reads only what came after.
    private int[] LogMark() => [.. fixture.Workers.Select(w => w.Log.Lines().Count)];

    // Every engine call that wrote a result logs "Summarised {name} (version …)" in the worker that made it.
    private List<string> SummarisedSince(int[] mark)
    {
        const string Marker = "Summarised ";
        return [.. fixture.Workers.SelectMany((w, i) => w.Log.Lines().Skip(mark[i]))
            .Select(l => l.IndexOf(Marker, StringComparison.Ordinal) is var at and >= 0 ? l[(at + Marker.Length)..] : null)
            .OfType<string>()
            .Select(rest => rest[..rest.IndexOf(" (version ", StringComparison.Ordinal)])];
    }

    private async Task<List<SummarizeRequest>> PeekAllAsync()
    {
        // Peek shows at most 32 messages; the tests keep their backlogs under that.
        if (!(await _queue.ExistsAsync()).Value)
        {
            return [];
        }

        PeekedMessage[] peeked = await _queue.PeekMessagesAsync(32);
        return [.. peeked.Select(m => SummarizeRequest.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))))];
    }

    private async Task AssertAllUpToDateAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            BlobProperties article = await fixture.Articles.GetBlobClient(name).GetPropertiesAsync();
            foreach (var output in new[] { name + ".json", name + ".md" })
            {
                BlobProperties summary = await fixture.Summaries.GetBlobClient(output).GetPropertiesAsync();
                Assert.Equal(ETags(article.ETag.ToString()), summary.Metadata[SummaryMetadata.SourceETagKey]);
            }
        }
    }

    private static string ETags(string etag) => etag.StartsWith('"') ? etag : $"\"{etag}\"";
}
