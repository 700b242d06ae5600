using Azure.Storage.Blobs;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

/// <summary>
/// A blob whose name holds a control character makes Azurite answer every listing that includes it with something
/// that is not XML. The built <c>summarizer process</c>, as a shell runs it, used to die on that with an unhandled
/// XmlException, a 30-line stack trace and exit 134; it now says so in one line, does what it can read, and exits 1.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProcessOddBlobNameTests(AzuriteFixture azurite)
{
    private const string OddName = "a\u0001b.txt";

    [Fact]
    public async Task Process_OddNameAmongArticles_OneLineExitOneNoStackTrace()
    {
        var articles = await azurite.CreateContainerAsync("articles");
        var summaries = await azurite.CreateContainerAsync("summaries");
        await articles.GetBlobClient("good.txt").UploadAsync(TestArticles.Utf8(TestArticles.Library));
        await articles.GetBlobClient(OddName).UploadAsync(TestArticles.Utf8(TestArticles.Harbour));

        var result = await RunAsync(articles, summaries);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("summarizer: storage_unreadable: The listing of " + articles.Name + " stopped after 0 articles", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("summarised 0, skipped 0, failed 0 new + 0 earlier, unfinished 0, invalid names 0, degraded 0 of 0 articles", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_OddNameAmongSummaries_ReadsEachArticlesOutputsOnItsOwnAndSummarisesThem()
    {
        var articles = await azurite.CreateContainerAsync("articles");
        var summaries = await azurite.CreateContainerAsync("summaries");
        await articles.GetBlobClient("good.txt").UploadAsync(TestArticles.Utf8(TestArticles.Library));
        await articles.GetBlobClient("other.txt").UploadAsync(TestArticles.Utf8(TestArticles.Harbour));
        await summaries.GetBlobClient(OddName).UploadAsync(BinaryData.FromString("not ours"));

        var result = await RunAsync(articles, summaries);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("summarizer: storage_unreadable: The listing of " + summaries.Name + " cannot be read", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("summarised 2, skipped 0,", result.Stdout, StringComparison.Ordinal);
        Assert.True((await summaries.GetBlobClient("good.txt.json").ExistsAsync()).Value);
        Assert.True((await summaries.GetBlobClient("other.txt.md").ExistsAsync()).Value);
    }

    private Task<CliProcess.Result> RunAsync(BlobContainerClient articles, BlobContainerClient summaries) =>
        CliProcess.RunAsync(new Dictionary<string, string>(), "process", "--connection", azurite.ConnectionString,
            "--articles-container", articles.Name, "--summaries-container", summaries.Name, "--parallelism", "2");
}
