using Summarizer.Storage.Interactive;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Testing;

namespace Summarizer.Storage.Tests.Blobs;

/// <summary>
/// Storage that refuses connections, behind the SDK's real retry policy (six tries; only the delays are shortened).
/// Once the retries are spent the SDK throws an AggregateException of the failed tries, which used to slip past every
/// <c>catch (RequestFailedException)</c>; every store operation must come out as a transient storage_unavailable.
/// </summary>
public sealed class StorageUnavailableTests
{
    private static readonly ArticleSnapshot Article = new("a.txt", new Azure.ETag("\"0x1\""), DateTimeOffset.UnixEpoch, 10, "text/plain");

    public static TheoryData<string> Operations() =>
    [
        "articles.create", "articles.exists", "articles.snapshot", "articles.read", "articles.upload", "articles.list",
        "summaries.create", "summaries.exists", "summaries.snapshot", "summaries.list", "summaries.read", "summaries.write",
        "summaries.metadata", "summaries.delete",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task StoreOperation_StorageDown_ThrowsTransientStorageUnavailable(string operation)
    {
        var service = UnreachableStorage.Client(UnreachableStorage.BackgroundWithShortDelays());
        var articles = new BlobArticleStore(service.GetBlobContainerClient("articles"));
        var summaries = new BlobSummaryStore(service.GetBlobContainerClient("summaries"));
        var known = new StoredBlob(Article.ETag, SummaryMetadata.For(Article, "", "f"));

        var ex = await Assert.ThrowsAsync<SummarizerException>(() => Run(operation, articles, summaries, known));

        Assert.Equal(ErrorCodes.StorageUnavailable, ex.Code);
        Assert.True(ex.IsTransient);
        Assert.Contains("after 6 tries", ex.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", ex.Message, StringComparison.Ordinal); // says where storage was looked for
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task ProcessAsync_StorageDown_ThrowsTransientStorageUnavailable()
    {
        var pipeline = UnreachableStorage.Pipeline(UnreachableStorage.BackgroundWithShortDelays(), new CountingSummarizer());

        var ex = await Assert.ThrowsAsync<SummarizerException>(() => pipeline.ProcessAsync("a.txt"));

        Assert.Equal(ErrorCodes.StorageUnavailable, ex.Code);
        Assert.True(ex.IsTransient);
    }

    [Fact]
    public async Task Backfill_StorageDown_ThrowsTransientStorageUnavailable()
    {
        var runner = new BackfillRunner(UnreachableStorage.Pipeline(UnreachableStorage.BackgroundWithShortDelays(), new CountingSummarizer()));

        var ex = await Assert.ThrowsAsync<SummarizerException>(() => runner.RunAsync(2));

        Assert.Equal(ErrorCodes.StorageUnavailable, ex.Code);
    }

    [Fact]
    public async Task FindAsync_StorageDown_ThrowsTransientStorageUnavailable()
    {
        var storage = new InteractiveStorage(UnreachableStorage.Pipeline(StorageClientProfiles.Interactive(), new CountingSummarizer()));

        var ex = await Assert.ThrowsAsync<SummarizerException>(() => storage.FindAsync("a.txt", asMarkdown: false));

        Assert.Equal(ErrorCodes.StorageUnavailable, ex.Code);
        Assert.Contains("after 3 tries", ex.Message, StringComparison.Ordinal); // the interactive budget, not the background one
    }

    [Fact]
    public async Task StoreOperation_CallerCancels_StaysACancellation()
    {
        var service = UnreachableStorage.Client(StorageClientProfiles.Background());
        var articles = new BlobArticleStore(service.GetBlobContainerClient("articles"));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => articles.GetSnapshotAsync("a.txt", cancel.Token));
    }

    private static Task Run(string operation, BlobArticleStore articles, BlobSummaryStore summaries, StoredBlob known)
    {
        var names = BlobNames.For("a.txt");
        return operation switch
        {
            "articles.create" => articles.CreateContainerIfMissingAsync(),
            "articles.exists" => articles.ContainerExistsAsync(),
            "articles.snapshot" => articles.GetSnapshotAsync("a.txt"),
            "articles.read" => articles.ReadAsync("a.txt", 100),
            "articles.upload" => articles.UploadAsync("a.txt", BinaryData.FromString("x"), "text/plain"),
            "articles.list" => ListAllAsync(articles),
            "summaries.create" => summaries.CreateContainerIfMissingAsync(),
            "summaries.exists" => summaries.ContainerExistsAsync(),
            "summaries.snapshot" => summaries.ReadOutputsAsync(names),
            "summaries.list" => summaries.ListAsync(),
            "summaries.read" => summaries.ReadAsync(names.Json),
            "summaries.write" => summaries.TryWriteAsync(names.Json, BinaryData.FromString("{}"), BlobSummaryStore.JsonContentType,
                known.Metadata, known),
            "summaries.metadata" => summaries.TryUpdateMetadataAsync(names.Json, known, known.Metadata),
            "summaries.delete" => summaries.DeleteIfUnchangedAsync(names.Json, known),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
    }

    private static async Task ListAllAsync(BlobArticleStore articles)
    {
        await foreach (var _ in articles.ListAsync())
        {
        }
    }
}
