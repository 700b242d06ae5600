using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Testing;

namespace Summarizer.Functions.EndToEnd.Fixtures;

/// <summary>
/// One Azurite and three worker processes on one host endpoint: three app instances working one queue, as the Flex
/// Consumption plan scales out. The queue and containers are the app's own (summarize-requests, articles, summaries).
/// </summary>
public sealed class QueueWorkersFixture : IAsyncLifetime
{
    public const int WorkerCount = 3;

    private RpcServer? _server;
    private WorkerHost[] _workers = [];

    public AzuriteFixture Storage { get; } = new();

    public IReadOnlyList<WorkerHost> Workers => _workers;

    public BlobContainerClient Articles => Storage.CreateServiceClient().GetBlobContainerClient("articles");

    public BlobContainerClient Summaries => Storage.CreateServiceClient().GetBlobContainerClient("summaries");

    public QueueServiceClient Queues => new(Storage.ConnectionString);

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        _server = await RpcServer.StartAsync();
        var settings = AppSettings.For(Storage.ConnectionString);
        _workers = await Task.WhenAll(Enumerable.Range(0, WorkerCount).Select(_ => WorkerHost.StartAsync(settings, _server)));
        await Articles.CreateIfNotExistsAsync();
        await Summaries.CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_workers.Select(w => w.DisposeAsync().AsTask()));
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await Storage.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class QueueWorkersCollection : ICollectionFixture<QueueWorkersFixture>
{
    public const string Name = "Queue workers on Azurite";
}
