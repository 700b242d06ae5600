using System.Net;

namespace Summarizer.Links;

/// <summary>Turns a host name into addresses. A seam: tests feed addresses without asking any DNS server.</summary>
public interface IAddressResolver
{
    ValueTask<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken);
}
