using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Core.Links;
using Summarizer.Links;

namespace Summarizer.Testing;

/// <summary>Link fetchers for pipelines under test. Only the local page server on 127.0.0.1 is ever allowed.</summary>
public static class TestLinkFetchers
{
    /// <summary>The default policy: public addresses only, so nothing a test holds can be fetched.</summary>
    public static LinkFetcher PublicOnly(TimeProvider? clock = null) =>
        new(LinkPolicy.Default, clock ?? TimeProvider.System, NullLogger<LinkFetcher>.Instance);

    /// <summary>Loopback and the page server's port allowed through the settings, as an intranet user would allow a host.</summary>
    public static LinkFetcher Loopback(int port, TimeSpan? timeout = null, TimeProvider? clock = null) =>
        new(new FetchOptions
        {
            AllowedHosts = "127.0.0.1",
            AllowedPorts = $"80,443,{port}",
            Timeout = timeout ?? LinkPolicy.DefaultTimeout,
        }.ToPolicy(LinkPolicy.Default.MaxBytes), clock ?? TimeProvider.System, NullLogger<LinkFetcher>.Instance);
}
