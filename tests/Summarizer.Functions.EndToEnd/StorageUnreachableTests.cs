using System.Diagnostics;
using Azure.Storage.Queues.Models;
using Summarizer.Storage.Queueing;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;
using Xunit.Abstractions;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// Storage goes down under a running worker that keeps the SDK's real retry settings. Every HTTP endpoint must answer
/// a 503 problem with <c>Retry-After</c> within 10 s, and the blob and queue triggers must fail with the transient
/// <c>storage_unavailable</c> error so the host retries the event or message.
/// </summary>
[Collection(StorageUnreachableCollection.Name)]
public sealed class StorageUnreachableTests(StorageUnreachableFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    // The SDK's default schedule: 6 tries, back-off 0.8 s doubling (about 25 s, up to 30 s with jitter) when every try
    // is refused at once. The trigger must give up within it and report, not hang until the host's function timeout.
    private static readonly TimeSpan TriggerBudget = TimeSpan.FromSeconds(60);
    private readonly WorkerHost _worker = fixture.Worker;

    [Fact]
    public async Task GetSummaryAnswersStorageUnavailable() =>
        AssertStorageUnavailable(await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary("news/bridge.txt")));

    [Fact]
    public async Task PutArticleAnswersStorageUnavailable() =>
        AssertStorageUnavailable(await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article("news/bridge.txt"), Articles.Text(Articles.Orchard)));

    [Fact]
    public async Task RefreshAnswersStorageUnavailable() =>
        AssertStorageUnavailable(await _worker.InvokeHttpAsync(HttpMethod.Post, ArticlePaths.Refresh("news/bridge.txt")));

    [Fact]
    public async Task HealthSaysUnhealthyAndNamesStorageUnreachable()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Get, "/api/health");

        Expect.Status(answer, 503);
        output.WriteLine($"health 503 after {answer.Elapsed.TotalSeconds:0.00} s");
        Assert.True(answer.Elapsed < Budget, $"health took {answer.Elapsed.TotalSeconds:0.0} s: {answer}");
        var health = answer.Json();
        Assert.Equal("unhealthy", health.GetProperty("status").GetString());
        Assert.Equal("nosniff", answer.Header("X-Content-Type-Options"));
        Assert.False(health.TryGetProperty("storage", out _), "anonymous health must not show container names");

        // The function-key route names each container's state: unreachable, not a timeout.
        var details = await _worker.InvokeHttpAsync(HttpMethod.Get, "/api/health/details");
        Expect.Status(details, 503);
        Assert.True(details.Elapsed < Budget, $"health details took {details.Elapsed.TotalSeconds:0.0} s: {details}");
        var storage = details.Json().GetProperty("storage");
        Assert.NotEmpty(storage.EnumerateObject());
        Assert.All(storage.EnumerateObject(), container => Assert.Equal("unreachable", container.Value.GetString()));
    }

    [Fact]
    public async Task BlobTriggerFailsWithTransientStorageUnavailable()
    {
        var clock = Stopwatch.StartNew();
        var response = await _worker.FireBlobCreatedAsync("articles", "news/bridge.txt");
        clock.Stop();
        output.WriteLine($"the blob trigger failed after {clock.Elapsed.TotalSeconds:0.0} s");

        AssertTransientStorageFailure(response, clock.Elapsed);
    }

    [Fact]
    public async Task QueueTriggerFailsWithTransientStorageUnavailable()
    {
        // The queue is reached directly (only blobs are behind the gate), as when the host has just dequeued a message
        // and then storage for the articles stops answering.
        var text = new SummarizeRequest("news/bridge.txt", "\"0x8DC0000000000001\"").ToJson();
        var message = QueuesModelFactory.QueueMessage("id-1", "receipt-1", text, dequeueCount: 1, insertedOn: DateTimeOffset.UtcNow);

        var clock = Stopwatch.StartNew();
        var response = await _worker.InvokeAsync(_worker.Functions.QueueTriggerFor(SummarizeRequests.QueueName),
            TriggerData.String(text), TriggerData.QueueMessage(message, text));
        clock.Stop();
        output.WriteLine($"the queue trigger failed after {clock.Elapsed.TotalSeconds:0.0} s");

        // Failing makes the host leave the message for another try and, after maxDequeueCount, poison it.
        AssertTransientStorageFailure(response, clock.Elapsed);
    }

    private static void AssertTransientStorageFailure(InvocationResponse response, TimeSpan elapsed)
    {
        // A failed invocation is what makes the host retry the event (and finally poison it).
        Assert.Equal(StatusResult.Types.Status.Failure, response.Result.Status);
        var exception = response.Result.Exception;
        Assert.True(exception is not null, "the failed invocation carries no exception");
        // The worker sends the exception as text (type, message, inner exceptions). The app's transient storage error
        // is a SummarizerException with code storage_unavailable, whose message speaks of storage being unavailable;
        // the SDK's own AggregateException after its retries is what must not come through.
        var text = $"{exception.Type} {exception.Message}";
        Assert.True(
            text.Contains("storage_unavailable", StringComparison.Ordinal)
            || (text.Contains("SummarizerException", StringComparison.Ordinal) && text.Contains("storage", StringComparison.OrdinalIgnoreCase)
                && !text.TrimStart().StartsWith("System.AggregateException", StringComparison.Ordinal)),
            $"expected the transient storage_unavailable error after {elapsed.TotalSeconds:0.0} s, got {text}");
        Assert.True(elapsed < TriggerBudget, $"the trigger took {elapsed.TotalSeconds:0.0} s to fail");
    }

    private void AssertStorageUnavailable(HttpAnswer answer)
    {
        output.WriteLine($"503 after {answer.Elapsed.TotalSeconds:0.00} s");
        var problem = Expect.Problem(answer, 503, "storage_unavailable");
        Assert.NotNull(problem.GetProperty("detail").GetString());
        Assert.True(answer.Header("Retry-After") is { Length: > 0 }, $"no Retry-After: {answer}");
        Assert.True(answer.Elapsed < Budget, $"took {answer.Elapsed.TotalSeconds:0.0} s, over the {Budget.TotalSeconds} s budget: {answer}");
    }
}

/// <summary>One worker for the whole class, started with storage up and then cut off from it.</summary>
public sealed class StorageUnreachableFixture : IAsyncLifetime
{
    private readonly StorageOutageFixture _outage = new();
    private WorkerHost? _worker;

    public WorkerHost Worker => _worker ?? throw new InvalidOperationException("The worker has not started.");

    public async Task InitializeAsync()
    {
        await _outage.InitializeAsync();
        _worker = await _outage.StartWorkerThenCutStorageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        await _outage.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StorageUnreachableCollection : ICollectionFixture<StorageUnreachableFixture>
{
    public const string Name = "Worker with storage cut off";
}
