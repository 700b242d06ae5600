using System.Net;

namespace Summarizer.Links;

/// <summary>The system resolver (the app's virtual network DNS in Azure, the machine's elsewhere).</summary>
public sealed class DnsAddressResolver : IAddressResolver
{
    public static DnsAddressResolver Instance { get; } = new();

    public async ValueTask<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken) =>
        await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
}
