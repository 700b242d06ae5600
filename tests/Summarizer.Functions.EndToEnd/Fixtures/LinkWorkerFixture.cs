using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Testing;
using Summarizer.Testing.Web;

namespace Summarizer.Functions.EndToEnd.Fixtures;

/// <summary>
/// Azurite, the local page server on 127.0.0.1 and a worker allowed to fetch from it: loopback and the server's port
/// are allowed through the Fetch settings, as an intranet user would allow a host, and by nothing else.
/// </summary>
public sealed class LinkWorkerFixture : IAsyncLifetime
{
    /// <summary>The fetch time cap this worker runs with: short, so a silent server costs the test seconds, not half a minute.</summary>
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(3);

    private WorkerHost? _worker;

    public AzuriteFixture Storage { get; } = new();

    public PageServer Pages { get; } = new();

    public WorkerHost Worker => _worker ?? throw new InvalidOperationException("The worker has not started.");

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        var settings = AppSettings.For(Storage.ConnectionString);
        settings["Fetch__AllowedHosts"] = "127.0.0.1";
        settings["Fetch__AllowedPorts"] = $"80,443,{Pages.Port}";
        settings["Fetch__Timeout"] = FetchTimeout.ToString();
        _worker = await WorkerHost.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        await Pages.DisposeAsync();
        await Storage.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class LinkWorkerCollection : ICollectionFixture<LinkWorkerFixture>
{
    public const string Name = "Worker fetching from the local page server";
}
