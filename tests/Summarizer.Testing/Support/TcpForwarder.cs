using System.Net;
using System.Net.Sockets;

namespace Summarizer.Testing;

/// <summary>
/// Forwards a loopback port to another (Azurite): a stand-in for storage that was down and comes back on the address
/// the app was configured with.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly LoopbackListener _listener;
    private readonly int _targetPort;

    public TcpForwarder(int listenPort, int targetPort)
    {
        _targetPort = targetPort;
        _listener = new LoopbackListener(listenPort, PumpAsync);
    }

    public ValueTask DisposeAsync() => _listener.DisposeAsync();

    private async Task PumpAsync(TcpClient client, CancellationToken stopping)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, _targetPort, stopping);
                var down = client.GetStream();
                var up = upstream.GetStream();
                await Task.WhenAny(down.CopyToAsync(up, stopping), up.CopyToAsync(down, stopping));
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                // a connection closed by either side ends its pump
            }
        }
    }
}
