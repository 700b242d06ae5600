using System.Net;
using System.Net.Sockets;

namespace Summarizer.Testing;

/// <summary>
/// Accepts connections on 127.0.0.1 and hands each to <c>serve</c> on its own task until disposed; disposing stops the
/// listener and cancels the token every connection was given. The socket plumbing the test servers share.
/// </summary>
public sealed class LoopbackListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    /// <param name="port">The port to listen on; 0 takes a free one (see <see cref="Port"/>).</param>
    /// <param name="serve">Serves one connection; it owns the client and should dispose it.</param>
    public LoopbackListener(int port, Func<TcpClient, CancellationToken, Task> serve)
    {
        ArgumentNullException.ThrowIfNull(serve);
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(serve);
    }

    public int Port { get; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync(Func<TcpClient, CancellationToken, Task> serve)
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = serve(client, _stop.Token);
        }
    }
}
