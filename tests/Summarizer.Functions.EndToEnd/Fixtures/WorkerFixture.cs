using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Testing;

namespace Summarizer.Functions.EndToEnd.Fixtures;

/// <summary>One Azurite and one worker for every test of the collection: starting a worker takes seconds, not milliseconds.</summary>
public sealed class WorkerFixture : IAsyncLifetime
{
    private WorkerHost? _worker;

    public AzuriteFixture Storage { get; } = new();

    public WorkerHost Worker => _worker ?? throw new InvalidOperationException("The worker has not started.");

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        _worker = await WorkerHost.StartAsync(AppSettings.For(Storage.ConnectionString));
    }

    public async Task DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        await Storage.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WorkerCollection : ICollectionFixture<WorkerFixture>
{
    public const string Name = "Worker on Azurite";
}
