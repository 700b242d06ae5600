using System.Diagnostics;
using System.Net.Http.Headers;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;
using Summarizer.Testing.Documents;
using Xunit.Abstractions;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// Hostile articles through the built worker: a Markdown flood that used to cost 45 s of CPU per request is refused
/// with 422 at once, and a PDF that inflates to a gigabyte is refused by the blob trigger and over HTTP without the
/// worker's memory growing by more than a small fraction of it, then or afterwards.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class HostileInputTests(WorkerFixture fixture, ITestOutputHelper output)
{
    /// <summary>Generous for a refusal that takes milliseconds; the floods took minutes before.</summary>
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(30);

    private const long MemoryGrowthLimit = 600L * 1024 * 1024;

    private static readonly Lazy<byte[]> PdfBomb = new(() => HostilePdf.FlateBomb(1L << 30));

    private readonly WorkerHost _worker = fixture.Worker;

    public static TheoryData<string, string> MarkdownFloods => new()
    {
        { "2,200,000 list markers", string.Concat(Enumerable.Repeat("- ", 2_200_000)) + "x" },
        { "lists nested 2,000 levels", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- item\n")) },
    };

    [Theory]
    [MemberData(nameof(MarkdownFloods))]
    public async Task MarkdownFloodIsRefusedWith422(string what, string markdown)
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", Articles.Text(markdown, "text/markdown"), timeout: CallLimit);

        output.WriteLine($"{what}: HTTP {answer.Status} after {answer.Elapsed.TotalSeconds:0.00} s");
        Expect.Problem(answer, 422, "document_too_complex");
    }

    [Fact]
    public async Task PdfBombIsRefusedOverHttpWithoutTheWorkerHoldingIt()
    {
        var baseline = await SettledMemoryAsync();

        var (answer, peak) = await WatchMemoryAsync(() => _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", Pdf(PdfBomb.Value), timeout: CallLimit));

        Expect.Problem(answer, 422, "decompression_limit");
        await AssertMemoryBoundedAsync(baseline, peak);
    }

    [Fact]
    public async Task PdfBombIsRecordedAsAFailureByTheTriggerWithoutTheWorkerHoldingIt()
    {
        var name = Articles.UniqueName("bomb.pdf");
        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(name), Pdf(PdfBomb.Value)), 202);
        var baseline = await SettledMemoryAsync();

        var (trigger, peak) = await WatchMemoryAsync(() => _worker.FireBlobCreatedAsync("articles", name, CallLimit));

        // A permanent failure: recorded, and the run succeeds so the host does not retry it.
        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");
        var problem = Expect.Problem(await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name)), 422, "decompression_limit");
        Assert.Equal("failed", problem.GetProperty("errorRecord").GetProperty("status").GetString());
        await AssertMemoryBoundedAsync(baseline, peak);
    }

    private static ByteArrayContent Pdf(byte[] pdf)
    {
        var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    private async Task AssertMemoryBoundedAsync(long baseline, long peak)
    {
        var after = await SettledMemoryAsync();
        output.WriteLine($"worker memory: {Mb(baseline)} MB before, {Mb(peak)} MB at the peak, {Mb(after)} MB after");
        Assert.True(peak - baseline <= MemoryGrowthLimit, $"the worker grew by {Mb(peak - baseline)} MB while refusing the bomb");
        Assert.True(after - baseline <= MemoryGrowthLimit / 4, $"the worker stayed {Mb(after - baseline)} MB above its baseline");
    }

    /// <summary>The worker's resident memory once a short pause has let its last request's garbage be collected.</summary>
    private async Task<long> SettledMemoryAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        return Resident();
    }

    /// <summary>Runs <paramref name="call"/> while sampling the worker's resident memory, and returns its result and the highest sample.</summary>
    private async Task<(T Result, long Peak)> WatchMemoryAsync<T>(Func<Task<T>> call)
    {
        var task = call();
        var peak = Resident();
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(20));
            peak = Math.Max(peak, Resident());
        }

        return (await task, peak);
    }

    private long Resident()
    {
        using var process = Process.GetProcessById(_worker.ProcessId);
        return process.WorkingSet64;
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}
