using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Testing;

namespace Summarizer.Functions.EndToEnd.Fixtures;

/// <summary>
/// Azurite behind a <see cref="StorageGate"/>, and the app settings that reach storage only through the gate. The app
/// keeps the Azure SDK's default retry policy: nothing here shortens it.
/// </summary>
public sealed class StorageOutageFixture : IAsyncLifetime
{
    private StorageGate? _gate;

    public AzuriteFixture Storage { get; } = new();

    public StorageGate Gate => _gate ?? throw new InvalidOperationException("Not started.");

    /// <summary>The app's settings with every storage connection through the gate.</summary>
    public Dictionary<string, string> AppSettings { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        var blobPort = new Uri(Storage.CreateServiceClient().Uri.GetLeftPart(UriPartial.Authority)).Port;
        _gate = new StorageGate(blobPort);
        AppSettings = Fixtures.AppSettings.For(_gate.Route(Storage.ConnectionString, blobPort));
    }

    public async Task DisposeAsync()
    {
        if (_gate is not null)
        {
            await _gate.DisposeAsync();
        }

        await Storage.DisposeAsync();
    }

    /// <summary>A worker started with storage up (its containers created), then cut off from storage.</summary>
    public async Task<WorkerHost> StartWorkerThenCutStorageAsync()
    {
        Gate.Open();
        var worker = await WorkerHost.StartAsync(AppSettings);
        // Start-up creates the containers; wait for that so the outage below is the only storage trouble. On a loaded
        // machine the first probe can come before the containers exist or outlast its 5 s limit, so ask until healthy.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var ready = await worker.InvokeHttpAsync(HttpMethod.Get, "/api/health");
        while (ready.Status != 200 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            ready = await worker.InvokeHttpAsync(HttpMethod.Get, "/api/health");
        }

        Assert.True(ready.Status == 200, $"storage was up but health said {ready} for 60 s");
        await Gate.CloseAsync();
        return worker;
    }
}
