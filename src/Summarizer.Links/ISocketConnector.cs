using System.Net;

namespace Summarizer.Links;

/// <summary>Opens a connection to one address. A seam: tests record the address asked for instead of connecting to it.</summary>
public interface ISocketConnector
{
    ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken);
}
