using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Summarizer.Links.Tests;

/// <summary>
/// Records every address a connection was asked for and never connects to it: it refuses, or, given a loopback port,
/// connects to 127.0.0.1 there instead (the local page server standing in for the address asked for).
/// </summary>
internal sealed class RecordingConnector(int? loopbackPort = null) : ISocketConnector
{
    private readonly ConcurrentQueue<IPEndPoint> _asked = new();

    public IReadOnlyList<IPEndPoint> Asked => [.. _asked];

    public async ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        _asked.Enqueue(endPoint);
        if (loopbackPort is not { } port)
        {
            throw new SocketException((int)SocketError.ConnectionRefused);
        }

        return await TcpSocketConnector.Instance.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
    }
}
