using System.Net;
using Summarizer.Core;
using Summarizer.Core.Links;
using Summarizer.Testing.Web;

namespace Summarizer.Links.Tests;

/// <summary>
/// The connection guard, driven through its seams: names resolve from a table and the connector records the address
/// it was asked for, refusing or standing the local page server in for it. No connection goes to any address but
/// 127.0.0.1, and a refused address is never even handed to the connector.
/// </summary>
public sealed class GuardTests
{
    public static TheoryData<string> RefusedAddresses => new()
    {
        "0.0.0.0", "10.1.2.3", "100.64.0.1", "127.0.0.1", "127.53.0.1", "168.63.129.16", "169.254.169.254", "172.16.0.1",
        "172.31.255.254", "192.0.0.170", "192.0.2.1", "192.168.0.1", "198.18.0.1", "198.51.100.1", "203.0.113.1",
        "224.0.0.251", "240.0.0.1", "255.255.255.255",
        "::", "::1", "::7f00:1", "fc00::1", "fd00:ec2::254", "fe80::1", "fec0::1", "ff02::1", "2001:db8::1", "2001::1", "100::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:192.168.1.1", "::ffff:100.64.0.1",
        "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1",
    };

    [Theory]
    [MemberData(nameof(RefusedAddresses))]
    public async Task Fetch_HostResolvingToARefusedAddress_IsRefusedWithoutConnecting(string address)
    {
        var resolver = new FakeResolver(("news.example", [address]));
        var connector = new RecordingConnector();
        using var fetcher = Fetchers.Seamed(resolver, connector);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri("http://news.example/story")));

        Assert.Equal(ErrorCodes.UrlNotAllowed, error.Code);
        Assert.Contains($"news.example resolves to {IPAddress.Parse(address)}", error.Message, StringComparison.Ordinal);
        Assert.Empty(connector.Asked);
    }

    [Theory]
    [InlineData("93.184.216.34", "10.0.0.7")]
    [InlineData("10.0.0.7", "93.184.216.34")]
    [InlineData("2606:2800:220:1::1", "::ffff:169.254.169.254")]
    public async Task Fetch_HostResolvingToAPublicAndAPrivateAddress_IsRefusedWithoutConnecting(string first, string second)
    {
        var connector = new RecordingConnector();
        using var fetcher = Fetchers.Seamed(new FakeResolver(("mixed.example", [first, second])), connector);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri("https://mixed.example/")));

        Assert.Equal(ErrorCodes.UrlNotAllowed, error.Code);
        Assert.Empty(connector.Asked);
    }

    [Theory]
    [InlineData("http://169.254.169.254/metadata/instance?api-version=2021-02-01")]
    [InlineData("http://[::ffff:a9fe:a9fe]/metadata/identity/oauth2/token")]
    [InlineData("http://0xA9FEA9FE/")]
    [InlineData("http://[fe80::a9fe:a9fe]/")]
    [InlineData("http://168.63.129.16/machine?comp=goalstate")]
    public async Task Fetch_MetadataEndpointByLiteralAddress_IsRefusedBeforeAnyLookupOrConnection(string url)
    {
        var resolver = new FakeResolver();
        var connector = new RecordingConnector();
        using var fetcher = Fetchers.Seamed(resolver, connector);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri(url)));

        Assert.Equal(ErrorCodes.UrlNotAllowed, error.Code);
        Assert.Empty(resolver.Lookups);
        Assert.Empty(connector.Asked);
    }

    [Theory]
    [InlineData("http://news.example/", "93.184.216.34", 80)]
    [InlineData("https://news.example/", "93.184.216.34", 443)]
    [InlineData("https://news.example/", "2606:2800:220:1:248:1893:25c8:1946", 443)]
    [InlineData("https://news.example/", "::ffff:93.184.216.34", 443)]
    public async Task Fetch_PublicHost_ConnectsToExactlyTheAddressItResolvedTo(string url, string address, int port)
    {
        var connector = new RecordingConnector();
        using var fetcher = Fetchers.Seamed(new FakeResolver(("news.example", [address])), connector);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri(url)));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Contains("connection was refused", error.Message, StringComparison.Ordinal);
        var asked = Assert.Single(connector.Asked);
        Assert.Equal(new IPEndPoint(SpecialAddresses.Canonical(IPAddress.Parse(address)), port), asked);
    }

    [Fact]
    public async Task Fetch_DnsAnswerThatChangesAfterTheCheck_CannotMoveTheConnection()
    {
        // Rebinding: the first answer is public, every later one private. The name is resolved once per connection
        // and the connection goes to the address that was checked, so the private answer is never connected to.
        await using var server = new PageServer().Page("/", "text/html", "<p>Public page.</p>");
        var resolver = new FakeResolver((_, count) => [IPAddress.Parse(count == 0 ? "93.184.216.34" : "10.0.0.7")]);
        var connector = new RecordingConnector(server.Port);
        using var fetcher = Fetchers.Seamed(resolver, connector);

        var page = await fetcher.FetchAsync(new Uri("http://rebind.example/"));
        var second = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri("http://rebind.example/")));

        Assert.Equal(200, page.Status);
        Assert.Equal(ErrorCodes.UrlNotAllowed, second.Code);
        Assert.Equal(["rebind.example", "rebind.example"], resolver.Lookups);
        Assert.Equal([new IPEndPoint(IPAddress.Parse("93.184.216.34"), 80)], connector.Asked);
    }

    [Theory]
    [InlineData("http://10.0.0.1/admin")]
    [InlineData("http://169.254.169.254/latest/meta-data/iam/")]
    [InlineData("http://[::1]:80/")]
    [InlineData("http://internal.example/")]
    [InlineData("http://internal.example:8080/")]
    [InlineData("file:///etc/passwd")]
    public async Task Fetch_RedirectToAPrivateTarget_IsRefusedAndNeverConnected(string location)
    {
        await using var server = new PageServer().Redirect("/go", location);
        var resolver = new FakeResolver(("news.example", ["93.184.216.34"]), ("internal.example", ["192.168.1.10"]));
        var connector = new RecordingConnector(server.Port);
        using var fetcher = Fetchers.Seamed(resolver, connector);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri("http://news.example/go")));

        Assert.Equal(ErrorCodes.UrlNotAllowed, error.Code);
        Assert.Equal([new IPEndPoint(IPAddress.Parse("93.184.216.34"), 80)], connector.Asked);
    }

    [Fact]
    public async Task Fetch_RedirectsToAnotherPublicHost_ChecksAndConnectsToEachHop()
    {
        await using var server = new PageServer()
            .Redirect("/old", "http://new.example/story", 301)
            .Page("/story", "text/html", "<p>The story.</p>");
        var resolver = new FakeResolver(("old.example", ["93.184.216.34"]), ("new.example", ["2606:4700::6810:84e5"]));
        var connector = new RecordingConnector(server.Port);
        using var fetcher = Fetchers.Seamed(resolver, connector);

        var page = await fetcher.FetchAsync(new Uri("http://old.example/old"));

        Assert.Equal(new Uri("http://new.example/story"), page.FinalUrl);
        Assert.Equal(new Uri("http://old.example/old"), page.Url);
        Assert.Equal(["old.example", "new.example"], resolver.Lookups);
        Assert.Equal([new IPEndPoint(IPAddress.Parse("93.184.216.34"), 80), new IPEndPoint(IPAddress.Parse("2606:4700::6810:84e5"), 80)], connector.Asked);
    }

    [Fact]
    public async Task Fetch_SixRedirects_IsFetchFailedAfterFive()
    {
        await using var server = new PageServer();
        for (var hop = 0; hop < 6; hop++)
        {
            server.Redirect($"/hop{hop}", $"/hop{hop + 1}");
        }

        server.Page("/hop6", "text/html", "<p>Too far.</p>");
        var connector = new RecordingConnector(server.Port);
        using var fetcher = Fetchers.Seamed(new FakeResolver(("news.example", ["93.184.216.34"])), connector);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri("http://news.example/hop0")));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task Fetch_AllowListedIntranetHost_ConnectsToItsPrivateAddress()
    {
        await using var server = new PageServer().Page("/wiki", "text/html", "<p>Intranet page.</p>");
        var connector = new RecordingConnector(server.Port);
        var policy = new FetchOptions { AllowedHosts = "wiki.corp.example" }.ToPolicy(1_000_000);
        using var fetcher = Fetchers.Seamed(new FakeResolver(("wiki.corp.example", ["10.20.30.40"]), ("other.corp.example", ["10.20.30.41"])), connector, policy);

        var page = await fetcher.FetchAsync(new Uri("http://wiki.corp.example/wiki"));
        var other = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri("http://other.corp.example/wiki")));

        Assert.Equal(200, page.Status);
        Assert.Equal(ErrorCodes.UrlNotAllowed, other.Code);
        Assert.Equal([new IPEndPoint(IPAddress.Parse("10.20.30.40"), 80)], connector.Asked);
    }

    [Fact]
    public async Task Fetch_UnknownHost_IsFetchFailed()
    {
        using var fetcher = Fetchers.Seamed(new FakeResolver(), new RecordingConnector());

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri("https://no-such-host.example/")));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Contains("no-such-host.example could not be found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_HostWithNoAddress_IsFetchFailed()
    {
        using var fetcher = Fetchers.Seamed(new FakeResolver(("empty.example", [])), new RecordingConnector());

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri("https://empty.example/")));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
    }

    [Fact]
    public async Task Fetch_ProxyConfiguredForTheProcess_IsNotUsed()
    {
        // Through a proxy, the connection would go to the proxy's address and the page's own address would never be
        // checked. HttpClient.DefaultProxy is what HTTPS_PROXY and ALL_PROXY set; the fetcher must ignore it.
        var connector = new RecordingConnector();
        using var fetcher = Fetchers.Seamed(new FakeResolver(("news.example", ["93.184.216.34"])), connector);
        var saved = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = new WebProxy("http://192.0.2.10:3128");
        try
        {
            await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri("http://news.example/")));
        }
        finally
        {
            HttpClient.DefaultProxy = saved;
        }

        Assert.Equal(new IPEndPoint(IPAddress.Parse("93.184.216.34"), 80), Assert.Single(connector.Asked));
    }
}
