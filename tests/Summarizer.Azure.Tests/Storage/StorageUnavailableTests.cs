using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Azure.Configuration;
using Summarizer.Azure.Pipeline;
using Summarizer.Azure.Storage;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Azure.Tests.Storage;

public sealed class StorageUnavailableTests
{
    [Fact]
    public async Task ProcessAsync_StorageNotListening_ThrowsTransientStorageUnavailable()
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        var service = new BlobServiceClient(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{ClosedPort()}/devstoreaccount1;",
            options);
        var pipeline = new SummaryPipeline(
            new BlobArticleStore(service.GetBlobContainerClient("articles")),
            new BlobSummaryStore(service.GetBlobContainerClient("summaries")),
            new ArticleProcessor(new ArticleDecoder(), new ExtractiveSummarizer(), TimeProvider.System),
            Options.Create(new SummarizerOptions()),
            TimeProvider.System,
            NullLogger<SummaryPipeline>.Instance);

        var ex = await Assert.ThrowsAsync<SummarizerException>(() => pipeline.ProcessAsync("a.txt"));

        Assert.Equal(ErrorCodes.StorageUnavailable, ex.Code);
        Assert.True(ex.IsTransient);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
