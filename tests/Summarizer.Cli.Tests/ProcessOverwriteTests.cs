using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Summarizer.Storage.Blobs;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

/// <summary>
/// 300 articles, <c>process</c> started, every article overwritten while it runs (some good to good, some good to
/// undecodable, some undecodable to good), then <c>process</c> again: every article must end with exactly one result,
/// for its current bytes, and nothing else beside it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProcessOverwriteTests(AzuriteFixture azurite)
{
    private const int Count = 300;

    [Fact]
    public async Task Process_AllOverwrittenWhileItRuns_ThenAgain_EveryArticleHasOneResultForItsCurrentContent()
    {
        var articles = await azurite.CreateContainerAsync("articles");
        var summaries = await azurite.CreateContainerAsync("summaries");
        var names = Enumerable.Range(0, Count).Select(i => $"race/{i:000}.txt").ToArray();
        await UploadAllAsync(articles, names, First);

        var first = Task.Run(() => RunProcessAsync(articles, summaries));
        await UntilFirstResultAsync(summaries, first);
        await UploadAllAsync(articles, names, Second);
        var overlapped = !first.IsCompleted;
        await first;
        var again = await RunProcessAsync(articles, summaries);

        Assert.True(overlapped, "every article was overwritten only after the first run had ended");
        Assert.Equal(0, again.ExitCode);
        var stored = await ListAsync(summaries);
        Assert.Equal(names.SelectMany(n => Second(n) is null ? new[] { n + ".json" } : [n + ".json", n + ".md"]).Order(StringComparer.Ordinal),
            stored.Keys.Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            BlobProperties article = await articles.GetBlobClient(name).GetPropertiesAsync();
            var result = stored[name + ".json"];
            Assert.Equal(ETags(article.ETag.ToString()), result.Metadata[SummaryMetadata.SourceETagKey]);
            using var body = JsonDocument.Parse((await summaries.GetBlobClient(name + ".json").DownloadContentAsync()).Value.Content.ToMemory());
            if (Second(name) is { } text)
            {
                Assert.Equal("summarized", body.RootElement.GetProperty("status").GetString());
                Assert.Equal(Sha256(TestArticles.Utf8(text)), body.RootElement.GetProperty("source").GetProperty("sha256").GetString());
                Assert.Equal(ETags(result.Properties.ETag.ToString()!), stored[name + ".md"].Metadata[SummaryMetadata.ResultETagKey]);
            }
            else
            {
                Assert.Equal(("failed", "invalid_encoding"), (body.RootElement.GetProperty("status").GetString(), body.RootElement.GetProperty("code").GetString()));
            }
        }
    }

    // Good, good to undecodable, undecodable to good, in turn.
    private static string? First(string name) => Index(name) % 3 == 2 ? null : TestArticles.Harbour + " First version of " + name + ".";

    private static string? Second(string name) => Index(name) % 3 == 1 ? null : TestArticles.Library + " Second version of " + name + ".";

    private static int Index(string name) => int.Parse(name.AsSpan(5, 3), System.Globalization.CultureInfo.InvariantCulture);

    private static Task UploadAllAsync(BlobContainerClient articles, string[] names, Func<string, string?> version) =>
        Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (name, ct) =>
            await articles.GetBlobClient(name).UploadAsync(version(name) is { } text ? TestArticles.Utf8(text) : TestArticles.InvalidUtf8, overwrite: true, ct));

    private static async Task UntilFirstResultAsync(BlobContainerClient summaries, Task running)
    {
        while (!running.IsCompleted)
        {
            await foreach (var _ in summaries.GetBlobsAsync(BlobTraits.None, BlobStates.None, "race/", default))
            {
                return;
            }

            await Task.Delay(20);
        }
    }

    private static async Task<Dictionary<string, BlobItem>> ListAsync(BlobContainerClient summaries)
    {
        var found = new Dictionary<string, BlobItem>(StringComparer.Ordinal);
        await foreach (var item in summaries.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, null, default))
        {
            found[item.Name] = item;
        }

        return found;
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(BlobContainerClient articles, BlobContainerClient summaries) =>
        CliRunner.RunAsync("process", "--connection", azurite.ConnectionString, "--articles-container", articles.Name,
            "--summaries-container", summaries.Name, "--parallelism", "4");

    private static string Sha256(BinaryData content) => Convert.ToHexStringLower(SHA256.HashData(content.ToMemory().Span));

    private static string ETags(string etag) => etag.StartsWith('"') ? etag : $"\"{etag}\"";
}
