using Azure.Storage.Blobs;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ProcessCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Process_NewArticles_SummarisesAllThenSkipsAllOnSecondRun()
    {
        var (articles, summaries) = await ContainersAsync();
        for (var i = 0; i < 6; i++)
        {
            await articles.GetBlobClient($"a{i}.txt").UploadAsync(TestArticles.Utf8(TestArticles.Harbour + $" Story {i}."));
        }

        var first = await RunProcessAsync(articles.Name, summaries.Name);
        var second = await RunProcessAsync(articles.Name, summaries.Name);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("summarised 6, skipped 0, failed 0 new + 0 earlier, unfinished 0, invalid names 0, degraded 0 of 6 articles in ", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("summarised 0, skipped 6, failed 0 new + 0 earlier, unfinished 0, invalid names 0, degraded 0 of 6 articles in ", second.Stdout, StringComparison.Ordinal);
        var names = new List<string>();
        await foreach (var item in summaries.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        Assert.Equal(12, names.Count);
    }

    [Fact]
    public async Task Process_BadArticle_RecordsFailureReportsItAndExitsZero()
    {
        var (articles, summaries) = await ContainersAsync();
        await articles.GetBlobClient("good.txt").UploadAsync(TestArticles.Utf8(TestArticles.Library));
        await articles.GetBlobClient("bad.txt").UploadAsync(TestArticles.InvalidUtf8);

        var first = await RunProcessAsync(articles.Name, summaries.Name);
        var second = await RunProcessAsync(articles.Name, summaries.Name);

        // A current error record is an up-to-date result: a scheduled sweep succeeds while it stands.
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("summarised 1, skipped 0, failed 1 new + 0 earlier, unfinished 0, invalid names 0, degraded 0 of 2 articles", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("summarizer: bad.txt: invalid_encoding:", first.Stderr, StringComparison.Ordinal);
        Assert.True((await summaries.GetBlobClient("bad.txt.json").ExistsAsync()).Value);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("summarised 0, skipped 1, failed 0 new + 1 earlier, unfinished 0, invalid names 0, degraded 0 of 2 articles", second.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("bad.txt", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_OnlyLeftoverIsAnArticleNoResultCanBeStoredFor_CountsItAsInvalidNameExitsZeroAndSaysSo()
    {
        var (articles, summaries) = await ContainersAsync();
        await articles.GetBlobClient("good.txt").UploadAsync(TestArticles.Utf8(TestArticles.Library));
        var tooLong = new string('n', 1020) + ".txt";
        await articles.GetBlobClient(tooLong).UploadAsync(TestArticles.Utf8(TestArticles.Harbour));

        var first = await RunProcessAsync(articles.Name, summaries.Name);
        var second = await RunProcessAsync(articles.Name, summaries.Name);

        // No run can ever store a result under that name: it is reported, not left "unfinished" for ever.
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("summarised 1, skipped 0, failed 0 new + 0 earlier, unfinished 0, invalid names 1, degraded 0 of 2 articles", first.Stdout, StringComparison.Ordinal);
        Assert.Contains($"summarizer: {tooLong}: invalid_name:", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("summarizer: done: every article is up to date except 1 whose names cannot hold a result", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("summarised 0, skipped 1, failed 0 new + 0 earlier, unfinished 0, invalid names 1, degraded 0 of 2 articles", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_StderrNotATerminal_WritesNoProgressBar()
    {
        var (articles, summaries) = await ContainersAsync();
        await articles.GetBlobClient("one.txt").UploadAsync(TestArticles.Utf8(TestArticles.Library));

        var (exitCode, stdout, stderr) = await RunProcessAsync(articles.Name, summaries.Name);

        // A redirected log gets the closing summary only, no bar frames.
        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.StartsWith("summarised 1, skipped 0, failed 0 new + 0 earlier, unfinished 0, invalid names 0, degraded 0 of 1 articles", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1000")]
    public async Task Process_ParallelismOutOfRange_IsUsageError(string parallelism)
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("process", "--parallelism", parallelism, "--connection", azurite.ConnectionString);

        Assert.Equal(2, exitCode);
        Assert.Contains("--parallelism", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_InvalidContainerName_IsUsageError()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("process", "--connection", azurite.ConnectionString, "--articles-container", "Bad_Name");

        Assert.Equal(2, exitCode);
        Assert.Contains("ArticlesContainer", stderr, StringComparison.Ordinal);
    }

    private async Task<(BlobContainerClient Articles, BlobContainerClient Summaries)> ContainersAsync() =>
        (await azurite.CreateContainerAsync("articles"), azurite.CreateServiceClient().GetBlobContainerClient($"summaries-{Guid.NewGuid():N}"));

    private Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(string articles, string summaries) =>
        CliRunner.RunAsync("process", "--connection", azurite.ConnectionString, "--articles-container", articles,
            "--summaries-container", summaries, "--parallelism", "4");
}
