using System.Net;
using Summarizer.Core.Links;

namespace Summarizer.Core.Tests.Links;

public sealed class LinkPolicyTests
{
    private static readonly LinkPolicy Policy = LinkPolicy.Default;

    [Theory]
    [InlineData("https://example.com/news/story?id=7")]
    [InlineData("http://example.com/")]
    [InlineData("HTTPS://Example.COM:443/a")]
    [InlineData("https://93.184.216.34/")]
    [InlineData("https://[2606:4700:4700::1111]/")]
    public void CheckUrl_PublicHttpOrHttps_IsAllowed(string url)
    {
        Assert.Equal(new Uri(url), Policy.CheckUrl(url));
    }

    [Theory]
    [InlineData("ftp://example.com/file.txt", "not ftp")]
    [InlineData("file:///etc/passwd", "not file")]
    [InlineData("gopher://example.com/", "not gopher")]
    [InlineData("javascript:alert(1)", "not javascript")]
    [InlineData("example.com/page", "not an absolute URL")]
    [InlineData("https://user:secret@example.com/", "user name or password")]
    [InlineData("https://token@example.com/", "user name or password")]
    [InlineData("https://example.com:8443/", "Port 8443")]
    [InlineData("http://example.com:22/", "Port 22")]
    [InlineData("http://127.0.0.1/", "loopback")]
    [InlineData("http://0x7f000001/", "loopback")]
    [InlineData("http://2130706433/", "loopback")]
    [InlineData("http://0177.0.0.1/", "loopback")]
    [InlineData("http://127.1/", "loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://[::ffff:169.254.169.254]/", "IPv4-mapped link-local")]
    [InlineData("http://[fd00:ec2::254]/", "unique-local")]
    [InlineData("http://[fe80::1%25eth0]/", "link-local")]
    [InlineData("http://10.0.0.1/admin", "private")]
    public void CheckUrl_RefusedLink_IsUrlNotAllowedWithTheReason(string url, string reason)
    {
        var error = Assert.Throws<SummarizerException>(() => Policy.CheckUrl(url));

        Assert.Equal(ErrorCodes.UrlNotAllowed, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckUrl_Refusal_NamesTheHostButNeverThePathOrQuery()
    {
        var error = Assert.Throws<SummarizerException>(() => Policy.CheckUrl("https://user:hunter2@example.com:8443/private/path?token=s3cret"));

        Assert.Contains("example.com", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/private", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckUrl_ConfiguredPort_IsAllowed()
    {
        var policy = Policy with { AllowedPorts = new HashSet<int> { 443, 8443 } };

        Assert.Equal(8443, policy.CheckUrl("https://example.com:8443/").Port);
        Assert.Throws<SummarizerException>(() => policy.CheckUrl("http://example.com/"));
    }

    [Fact]
    public void CheckAddress_PrivateAddressOfAnAllowListedHostOrRange_IsAllowed()
    {
        Assert.True(NetworkAllowList.TryParse("wiki.corp.example, 192.168.50.0/24, 127.0.0.1", out var list, out _));
        var policy = Policy with { AllowList = list };

        policy.CheckAddress("wiki.corp.example", IPAddress.Parse("10.9.8.7"));
        policy.CheckAddress("WIKI.corp.example.", IPAddress.Parse("10.9.8.7"));
        policy.CheckAddress("files.example", IPAddress.Parse("192.168.50.20"));
        policy.CheckAddress("127.0.0.1", IPAddress.Parse("127.0.0.1"));
        policy.CheckAddress("mapped.example", IPAddress.Parse("::ffff:127.0.0.1"));
        Assert.Throws<SummarizerException>(() => policy.CheckAddress("other.example", IPAddress.Parse("10.9.8.7")));
        Assert.Throws<SummarizerException>(() => policy.CheckAddress("127.0.0.2", IPAddress.Parse("127.0.0.2")));
        Assert.Throws<SummarizerException>(() => policy.CheckAddress("files.example", IPAddress.Parse("::1")));
    }

    [Fact]
    public void CheckAddress_NameResolvingToAPrivateAddress_SaysWhichAddressAndRange()
    {
        var error = Assert.Throws<SummarizerException>(() => Policy.CheckAddress("internal.example", IPAddress.Parse("172.20.0.5")));

        Assert.Equal(ErrorCodes.UrlNotAllowed, error.Code);
        Assert.Equal("internal.example resolves to 172.20.0.5, a private (172.16.0.0/12) address; only public addresses are fetched unless Fetch__AllowedHosts lists the host or range.", error.Message);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public void NextHop_Redirect_ResolvesRelativeLocationAgainstTheCurrentUrl(int status)
    {
        var next = Policy.NextHop(new Uri("https://example.com/a/b?x=1"), status, "../c", redirectsSoFar: 0);

        Assert.Equal(new Uri("https://example.com/c"), next);
    }

    [Theory]
    [InlineData("http://10.0.0.1/admin", "private")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback")]
    [InlineData("file:///etc/passwd", "not file")]
    [InlineData("https://example.com:6379/", "Port 6379")]
    public void NextHop_RedirectToARefusedTarget_IsUrlNotAllowed(string location, string reason)
    {
        var error = Assert.Throws<SummarizerException>(() => Policy.NextHop(new Uri("https://example.com/"), 302, location, 0));

        Assert.Equal(ErrorCodes.UrlNotAllowed, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextHop_SixthRedirect_IsFetchFailed()
    {
        var url = new Uri("https://example.com/");
        for (var hop = 0; hop < LinkPolicy.DefaultMaxRedirects; hop++)
        {
            url = Policy.NextHop(url, 302, $"/hop{hop}", hop);
        }

        var error = Assert.Throws<SummarizerException>(() => Policy.NextHop(url, 302, "/one-more", LinkPolicy.DefaultMaxRedirects));
        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Contains("more than 5", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://[not-an-address/")]
    public void NextHop_RedirectWithoutUsableLocation_IsFetchFailed(string? location)
    {
        var error = Assert.Throws<SummarizerException>(() => Policy.NextHop(new Uri("https://example.com/"), 301, location, 0));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
    }

    [Theory]
    [InlineData("text/html; charset=windows-1252")]
    [InlineData("text/plain")]
    [InlineData("text/markdown")]
    [InlineData("text/csv")]
    [InlineData("application/json")]
    [InlineData("application/ld+json")]
    [InlineData("application/xhtml+xml")]
    [InlineData("application/pdf")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    public void CheckMediaType_ArticleFormatOrUndeclared_IsRead(string? contentType)
    {
        LinkPolicy.CheckMediaType("example.com", contentType);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("video/mp4")]
    [InlineData("application/zip")]
    [InlineData("application/x-msdownload")]
    [InlineData("audio/mpeg; codecs=mp3")]
    public void CheckMediaType_OtherType_IsUnsupportedMediaType(string contentType)
    {
        var error = Assert.Throws<SummarizerException>(() => LinkPolicy.CheckMediaType("example.com", contentType));

        Assert.Equal(ErrorCodes.UnsupportedMediaType, error.Code);
        Assert.Contains(contentType.Split(';')[0], error.Message, StringComparison.Ordinal);
    }
}
