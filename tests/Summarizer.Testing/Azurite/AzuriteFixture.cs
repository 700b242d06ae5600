using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Azure.Storage.Blobs;

namespace Summarizer.Testing;

/// <summary>
/// Starts the repository's pinned Azurite (package.json) once per test assembly, in memory on free ports, and stops it
/// on dispose. Runs <c>npm ci</c> first when node_modules is missing, so <c>dotnet test</c> needs nothing started by hand.
/// A failure to start fails the tests: integration tests never skip themselves (in CI or anywhere else).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The well-known development account Azurite serves; not a secret.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The development account's published key; not a secret.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private const int MaxStartAttempts = 4;
    private static readonly string[] ServiceNames = ["Blob", "Queue", "Table"];

    // Azurite's working directory: in-memory mode writes nothing of substance, but any debug file lands here, not in the repo.
    private readonly string _workspace = Directory.CreateTempSubdirectory("summarizer-azurite-").FullName;
    private Process? _process;
    private readonly System.Text.StringBuilder _output = new();

    private readonly Func<int, int[]> _portSource;

    // xunit needs exactly one public constructor on a collection fixture.
    public AzuriteFixture()
        : this(FreePorts)
    {
    }

    private AzuriteFixture(Func<int, int[]> portSource) => _portSource = portSource;

    /// <summary>A fixture that takes its ports from <paramref name="portSource"/> (tests of the start-up retry).</summary>
    public static AzuriteFixture WithPorts(Func<int, int[]> portSource) => new(portSource);

    public string ConnectionString { get; private set; } = "";

    /// <summary>The loopback port Azurite's blob service listens on.</summary>
    public int BlobPort { get; private set; }

    /// <summary>A connection string for the development account with its blob endpoint on <paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port(port)}/{AccountName};";

    public BlobServiceClient CreateServiceClient() => new(ConnectionString, ClientOptions());

    /// <summary>A new, empty container with a unique name, so tests never see each other's blobs.</summary>
    public async Task<BlobContainerClient> CreateContainerAsync(string prefix = "t")
    {
        var container = CreateServiceClient().GetBlobContainerClient($"{prefix}-{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 33)]);
        await container.CreateAsync();
        return container;
    }

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Path;
        var azurite = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(azurite))
        {
            await InstallOnceAsync(root, azurite);
        }

        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {azurite}; run 'npm ci' in {root} (Node 20 or later).");
        }

        // Ports are only free at the moment they are handed out: another test assembly (or an outgoing connection)
        // can take one before Azurite binds it. A start that loses such a race is tried again on fresh ports.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartAsync(azurite);
                return;
            }
            catch (InvalidOperationException ex) when (attempt < MaxStartAttempts && ex.Message.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                StopProcess();
                lock (_output)
                {
                    _output.Clear();
                }
            }
        }
    }

    private async Task StartAsync(string azurite)
    {
        var ports = _portSource(3);
        var (blobPort, queuePort, tablePort) = (ports[0], ports[1], ports[2]);
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _workspace,
        };
        foreach (var arg in new[]
        {
            azurite, "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", Port(blobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(queuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(tablePort),
        })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        BlobPort = blobPort;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";
        await WaitUntilReadyAsync(queuePort, tablePort);
    }

    public Task DisposeAsync()
    {
        StopProcess();
        try
        {
            Directory.Delete(_workspace, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the exiting process: the temp folder is cleaned by the OS later.
        }

        return Task.CompletedTask;
    }

    private void StopProcess()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _process = null;
    }

    private async Task WaitUntilReadyAsync(int queuePort, int tablePort)
    {
        var client = CreateServiceClient();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process!.HasExited)
            {
                _process.WaitForExit(); // drains the redirected output, so the message carries Azurite's last words
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}: {Output()}");
            }

            try
            {
                // A port answering is not proof that this Azurite holds it (another process may): each service says
                // when it has bound its own port, and only then can none of them fail with EADDRINUSE.
                await client.GetPropertiesAsync();
                if (AllServicesListening() && await AcceptsAsync(queuePort) && await AcceptsAsync(tablePort))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException or HttpRequestException or SocketException)
            {
                // not listening yet
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Azurite did not start within {StartTimeout.TotalSeconds} s: {Output()}");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var socket = new TcpClient();
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // Test assemblies run in parallel and each has this fixture: one 'npm ci' at a time, and only if still needed.
    private static async Task InstallOnceAsync(string root, string azurite)
    {
        var lockPath = Path.Combine(Path.GetTempPath(),
            "summarizer-npm-ci-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(root)))[..16] + ".lock");
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (true)
        {
            try
            {
                await using var held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                if (!File.Exists(azurite))
                {
                    await RunNpmCiAsync(root);
                }

                return;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task RunNpmCiAsync(string root)
    {
        var npm = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(npm) ?? throw new InvalidOperationException("Could not run npm to install Azurite.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'npm ci' failed with code {process.ExitCode}: {await stderr}{await stdout}");
        }
    }

    /// <summary>A loopback port nothing listens on (taken from the OS and released at once).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// <paramref name="count"/> distinct loopback ports nothing listens on: all are held until the last is taken, so
    /// the OS cannot hand the same port out twice (releasing each at once let the blob and table ports collide).
    /// </summary>
    public static int[] FreePorts(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Tests should fail fast when storage is down, not sit through the SDK's production retry schedule.
    private static BlobClientOptions ClientOptions()
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        options.Retry.Mode = RetryMode.Fixed;
        return options;
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private bool AllServicesListening()
    {
        var output = Output();
        return ServiceNames.All(service => output.Contains($"Azurite {service} service is successfully listening", StringComparison.Ordinal));
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
