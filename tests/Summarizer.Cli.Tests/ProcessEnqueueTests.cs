using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Summarizer.Storage.Queueing;
using Summarizer.Storage.Blobs;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ProcessEnqueueTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ProcessEnqueue_SendsOneRequestPerStaleArticleAndSummarisesNothingHere()
    {
        var queue = await EmptyQueueAsync();
        var articles = await azurite.CreateContainerAsync("articles");
        var summaries = azurite.CreateServiceClient().GetBlobContainerClient($"summaries-{Guid.NewGuid():N}");
        await articles.GetBlobClient("kept.txt").UploadAsync(TestArticles.Utf8(TestArticles.Harbour));
        await articles.GetBlobClient("changed.txt").UploadAsync(TestArticles.Utf8(TestArticles.Library));
        Assert.Equal(0, (await RunAsync("process", articles.Name, summaries.Name)).ExitCode);
        var changed = (await articles.GetBlobClient("changed.txt").UploadAsync(TestArticles.Utf8(TestArticles.Library + " Revised."), overwrite: true)).Value;
        var added = (await articles.GetBlobClient("new.txt").UploadAsync(TestArticles.Utf8(TestArticles.Harbour + " Another story."))).Value;
        var summariesBefore = await CountOutputsAsync(summaries);

        var (exitCode, stdout, stderr) = await RunAsync("process", articles.Name, summaries.Name, "--enqueue");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.StartsWith("enqueued 2 of 3 articles (2 without an up-to-date result) on summarize-requests;", stdout, StringComparison.Ordinal);
        var requests = await QueuedRequests.ReceiveAllAsync(queue);
        Assert.Equal([("changed.txt", $"\"{changed.ETag.ToString().Trim('"')}\""), ("new.txt", $"\"{added.ETag.ToString().Trim('"')}\"")],
            requests.Select(r => (r.Name, r.Version)));
        Assert.Equal(summariesBefore, await CountOutputsAsync(summaries));
    }

    [Fact]
    public async Task ProcessEnqueue_AnotherSweepHoldsTheLease_SendsNothingAndExitsOne()
    {
        var queue = await EmptyQueueAsync();
        var articles = await azurite.CreateContainerAsync("articles");
        var summaries = await azurite.CreateContainerAsync("summaries");
        await articles.GetBlobClient("waiting.txt").UploadAsync(TestArticles.Utf8(TestArticles.Harbour));
        await using var sweep = await new BlobSummaryStore(summaries).TryTakeSweepLeaseAsync();
        Assert.NotNull(sweep);

        var (exitCode, stdout, stderr) = await RunAsync("process", articles.Name, summaries.Name, "--enqueue");

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("another sweep is running", stderr, StringComparison.Ordinal);
        Assert.Empty(await QueuedRequests.ReceiveAllAsync(queue));
    }

    [Fact]
    public async Task ProcessEnqueue_EverythingUpToDate_SendsNothing()
    {
        var queue = await EmptyQueueAsync();
        var articles = await azurite.CreateContainerAsync("articles");
        var summaries = azurite.CreateServiceClient().GetBlobContainerClient($"summaries-{Guid.NewGuid():N}");
        await articles.GetBlobClient("done.txt").UploadAsync(TestArticles.Utf8(TestArticles.Harbour));
        Assert.Equal(0, (await RunAsync("process", articles.Name, summaries.Name)).ExitCode);

        var (exitCode, stdout, _) = await RunAsync("process", articles.Name, summaries.Name, "--enqueue");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("enqueued 0 of 1 articles (0 without an up-to-date result)", stdout, StringComparison.Ordinal);
        Assert.Empty(await QueuedRequests.ReceiveAllAsync(queue));
    }

    // The queue name is fixed (the app's trigger names it), and the tests of this collection run one at a time.
    private async Task<QueueClient> EmptyQueueAsync()
    {
        var queue = new QueueServiceClient(azurite.ConnectionString).GetQueueClient(SummarizeRequests.QueueName);
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();
        return queue;
    }

    private static async Task<int> CountOutputsAsync(BlobContainerClient container)
    {
        var count = 0;
        await foreach (var item in container.GetBlobsAsync())
        {
            // The sweep's lock blob is not an output.
            count += item.Name == SweepLease.BlobName ? 0 : 1;
        }

        return count;
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string command, string articles, string summaries, params string[] more) =>
        CliRunner.RunAsync([command, "--connection", azurite.ConnectionString, "--articles-container", articles, "--summaries-container", summaries, .. more]);
}
