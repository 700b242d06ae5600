using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Core.Links;

namespace Summarizer.Links.Tests;

internal static class Fetchers
{
    /// <summary>A fetcher whose connections are recorded by <paramref name="connector"/> and names resolved by <paramref name="resolver"/>.</summary>
    public static LinkFetcher Seamed(IAddressResolver resolver, ISocketConnector connector, LinkPolicy? policy = null) =>
        new(policy ?? LinkPolicy.Default, TimeProvider.System, NullLogger<LinkFetcher>.Instance, resolver, connector);

    /// <summary>The policy the local page server needs: loopback and its port allowed through the settings, as a user would.</summary>
    public static LinkPolicy LoopbackPolicy(int port) => new FetchOptions
    {
        AllowedHosts = "127.0.0.1",
        AllowedPorts = $"80,443,{port}",
    }.ToPolicy(LinkPolicy.Default.MaxBytes);
}
