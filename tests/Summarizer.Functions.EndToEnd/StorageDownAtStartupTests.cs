using System.Diagnostics;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// Storage is down when the worker starts (the newcomer who forgot Azurite, or a storage outage during a deployment).
/// The worker must start all the same, say so in health, and serve once storage is back, creating its containers then.
/// </summary>
public sealed class StorageDownAtStartupTests : IAsyncLifetime
{
    // Longer than the Azure SDK's whole default retry schedule (6 tries with exponential back-off: about 25 s, 30 s
    // with the most jitter) plus a slow start, so start-up work that gives up after it has given up before storage
    // comes back (today's worker exits then, about 30 s after it started).
    private static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan AnswerBudget = TimeSpan.FromSeconds(10);

    private readonly StorageOutageFixture _outage = new();

    public Task InitializeAsync() => _outage.InitializeAsync();

    public Task DisposeAsync() => _outage.DisposeAsync();

    [Fact]
    public async Task WorkerStartsWithoutStorageAndServesOnceItIsBack()
    {
        var outage = Stopwatch.StartNew();
        await using var worker = await WorkerHost.StartAsync(_outage.AppSettings);

        HttpAnswer health;
        do
        {
            // Throws with the worker's output if the worker has exited.
            worker.EnsureRunning();
            health = await worker.InvokeHttpAsync(HttpMethod.Get, "/api/health");
            Expect.Status(health, 503);
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        while (outage.Elapsed < OutageLength);

        worker.EnsureRunning();
        Assert.True(health.Elapsed < AnswerBudget, $"health took {health.Elapsed.TotalSeconds:0.0} s: {health}");
        Assert.Equal("unhealthy", health.Json().GetProperty("status").GetString());

        // Anonymous health says only that; the function-key route says why: storage is unreachable, not slow.
        var details = await worker.InvokeHttpAsync(HttpMethod.Get, "/api/health/details");
        Expect.Status(details, 503);
        Assert.True(details.Elapsed < AnswerBudget, $"health details took {details.Elapsed.TotalSeconds:0.0} s: {details}");
        var storage = details.Json().GetProperty("storage");
        Assert.Equal(2, storage.EnumerateObject().Count());
        Assert.All(storage.EnumerateObject(), container => Assert.Equal("unreachable", container.Value.GetString()));

        _outage.Gate.Open();
        var name = Articles.UniqueName("after-outage.txt");
        var put = await RetryAsync(() => worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(name), Articles.Text(Articles.Orchard)), 202);
        Expect.Status(put, 202);
        var trigger = await worker.FireBlobCreatedAsync("articles", name);
        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{worker.Log.Tail()}");
        Expect.Status(await worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name)), 200);
        Expect.Status(await worker.InvokeHttpAsync(HttpMethod.Get, "/api/health"), 200);
    }

    // A client told "503, Retry-After" tries again; storage just came back, so give it a few tries within 30 s.
    private static async Task<HttpAnswer> RetryAsync(Func<Task<HttpAnswer>> call, int wanted)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answer = await call();
            if (answer.Status == wanted || clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                return answer;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
