using System.Net;
using System.Net.Sockets;

namespace Summarizer.Links;

/// <summary>A plain TCP connection to exactly the address given; TLS, if any, is layered on by the HTTP handler.</summary>
public sealed class TcpSocketConnector : ISocketConnector
{
    public static TcpSocketConnector Instance { get; } = new();

    public async ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
