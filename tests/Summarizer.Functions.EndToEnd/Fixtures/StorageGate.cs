using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Summarizer.Functions.EndToEnd.Fixtures;

/// <summary>
/// A TCP relay in front of Azurite's blob port that can be closed and reopened on the same port. Closed means nothing
/// listens there, so clients get "connection refused" exactly as with storage that is down, and open connections
/// are cut; reopened, the same endpoint answers again, as storage does when it comes back.
/// </summary>
public sealed class StorageGate : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private TcpListener? _listener;
    private Task? _accepting;

    public StorageGate(int targetPort)
    {
        _target = new IPEndPoint(IPAddress.Loopback, targetPort);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public int Port { get; }

    public bool IsOpen => _listener is not null;

    public void Open()
    {
        if (_listener is not null)
        {
            return;
        }

        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _accepting = AcceptAsync(listener);
    }

    public async Task CloseAsync()
    {
        var listener = _listener;
        _listener = null;
        listener?.Stop();
        foreach (var connection in _connections.Keys)
        {
            connection.Dispose();
        }

        if (_accepting is not null)
        {
            await _accepting.ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await CloseAsync().ConfigureAwait(false);

    /// <summary>The blob endpoint of <paramref name="connectionString"/> moved behind this gate.</summary>
    public string Route(string connectionString, int blobPort) =>
        connectionString.Replace($"BlobEndpoint=http://127.0.0.1:{blobPort}/", $"BlobEndpoint=http://127.0.0.1:{Port}/", StringComparison.Ordinal);

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // closed
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        _connections[client] = 0;
        _connections[upstream] = 0;
        try
        {
            await upstream.ConnectAsync(_target).ConfigureAwait(false);
            var toStorage = client.GetStream().CopyToAsync(upstream.GetStream());
            var toClient = upstream.GetStream().CopyToAsync(client.GetStream());
            await Task.WhenAny(toStorage, toClient).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException)
        {
            // One side went away; closing both is all a relay can do.
        }
        finally
        {
            _connections.TryRemove(client, out _);
            _connections.TryRemove(upstream, out _);
            client.Dispose();
        }
    }
}
