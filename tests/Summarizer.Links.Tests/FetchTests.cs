using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Core;
using Summarizer.Core.Links;
using Summarizer.Testing.Web;

namespace Summarizer.Links.Tests;

/// <summary>
/// Fetches over real sockets from the local page server, with loopback and its port allowed through the settings:
/// statuses, types, caps on bytes and time, redirects and conditional requests.
/// </summary>
public sealed class FetchTests : IAsyncLifetime
{
    private readonly PageServer _server = new();
    private LinkFetcher _fetcher = null!;

    public Task InitializeAsync()
    {
        _fetcher = Fetcher(Fetchers.LoopbackPolicy(_server.Port));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Fetch_Page_ComesWithItsTypeStatusTimeAndValidators()
    {
        _server.Page("/story", "text/html; charset=utf-8", "<p>Story.</p>", ("ETag", "\"v1\""), ("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT"));

        var page = await _fetcher.FetchAsync(_server.Url("/story"));

        Assert.Equal(200, page.Status);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Equal("<p>Story.</p>", Encoding.UTF8.GetString(page.Content.Span));
        Assert.Equal("\"v1\"", page.ETag);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), page.LastModified);
        Assert.InRange(page.FetchedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Fetch_Request_NamesTheProductAndAsksForArticleFormats()
    {
        _server.Page("/", "text/plain", "Text.");

        await _fetcher.FetchAsync(_server.Url("/"));

        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Matches(@"^Summarizer/\d+\.\d+\.\d+ \(", request.Header("User-Agent"));
        Assert.StartsWith("text/html", request.Header("Accept"), StringComparison.Ordinal);
        Assert.Null(request.Header("Cookie"));
        Assert.Null(request.Header("Authorization"));
    }

    [Theory]
    [InlineData(404, "answered 404 Not Found")]
    [InlineData(403, "answered 403 Forbidden")]
    [InlineData(410, "answered 410 Gone")]
    [InlineData(429, "answered 429 Too Many Requests")]
    [InlineData(500, "answered 500 Internal Server Error")]
    [InlineData(503, "answered 503 Service Unavailable")]
    [InlineData(599, "answered 599.")]
    public async Task Fetch_ErrorStatus_IsFetchFailedWithTheUpstreamStatus(int status, string message)
    {
        _server.Page("/broken", "text/html", Encoding.UTF8.GetBytes("<p>Server's own words: secret stack trace</p>"), status);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => _fetcher.FetchAsync(_server.Url("/broken")));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Equal(status, error.UpstreamStatus);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("video/mp4")]
    [InlineData("application/zip")]
    public async Task Fetch_AnswerOfAnotherType_IsUnsupportedMediaType(string contentType)
    {
        _server.Page("/file", contentType, new byte[4096]);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => _fetcher.FetchAsync(_server.Url("/file")));

        Assert.Equal(ErrorCodes.UnsupportedMediaType, error.Code);
    }

    [Fact]
    public async Task Fetch_AnswerDeclaringMoreThanTheCap_IsRefusedUnread()
    {
        using var fetcher = Fetcher(Fetchers.LoopbackPolicy(_server.Port) with { MaxBytes = 1_000_000 });
        _server.Map("/huge", (_, connection, stopping) => PageServer.WriteHeadAsync(connection, 200, "text/html", 10L << 20, [], stopping));

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(_server.Url("/huge")));

        Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
        Assert.Contains("declares 10,485,760", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_EndlessUndeclaredBody_IsCutAtTheCap()
    {
        using var fetcher = Fetcher(Fetchers.LoopbackPolicy(_server.Port) with { MaxBytes = 1_000_000 });
        _server.Endless("/endless");

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(_server.Url("/endless")));

        Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
        // The server stops once the connection closes: what it wrote is the cap plus what the sockets buffered.
        await WaitUntilAsync(() => _server.Requests.Count == 1);
        Assert.InRange(_server.BodyBytesSent, 1_000_000, 64L << 20);
    }

    [Fact]
    public async Task Fetch_CompressedBomb_IsCutAtTheCapOfDecodedBytes()
    {
        using var fetcher = Fetcher(Fetchers.LoopbackPolicy(_server.Port) with { MaxBytes = 1_000_000 });
        var bomb = Gzip(new byte[64 << 20]); // 64 MiB of zeros in about 64 KB
        _server.Page("/bomb", "text/plain", bomb, 200, ("Content-Encoding", "gzip"));

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(_server.Url("/bomb")));

        Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
        Assert.InRange(bomb.Length, 1, 200_000);
    }

    [Fact]
    public async Task Fetch_CompressedPage_IsDecoded()
    {
        _server.Page("/gz", "text/html; charset=utf-8", Gzip(Encoding.UTF8.GetBytes("<p>Zipped story.</p>")), 200, ("Content-Encoding", "gzip"));

        var page = await _fetcher.FetchAsync(_server.Url("/gz"));

        Assert.Equal("<p>Zipped story.</p>", Encoding.UTF8.GetString(page.Content.Span));
    }

    [Fact]
    public async Task Fetch_ServerThatNeverAnswers_EndsAtTheTimeCap()
    {
        using var fetcher = Fetcher(Fetchers.LoopbackPolicy(_server.Port) with { Timeout = TimeSpan.FromSeconds(1) });
        _server.Silent("/silent");

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(_server.Url("/silent")));

        Assert.Equal(ErrorCodes.FetchTimeout, error.Code);
        Assert.Contains("within 1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_BodyThatDrips_EndsAtTheTimeCap()
    {
        using var fetcher = Fetcher(Fetchers.LoopbackPolicy(_server.Port) with { Timeout = TimeSpan.FromSeconds(1) });
        _server.Drip("/drip", TimeSpan.FromMilliseconds(50));

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(_server.Url("/drip")));

        Assert.Equal(ErrorCodes.FetchTimeout, error.Code);
        Assert.InRange(_server.BodyBytesSent, 1, 1_000);
    }

    [Fact]
    public async Task Fetch_CallerCancels_IsCancellationNotATimeout()
    {
        _server.Silent("/silent");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _fetcher.FetchAsync(_server.Url("/silent"), cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task Fetch_RelativeRedirect_IsFollowedAndTheFinalUrlRecorded()
    {
        _server.Redirect("/old?ref=1", "/new", 301).Page("/new", "text/html", "<p>New home.</p>");

        var page = await _fetcher.FetchAsync(_server.Url("/old?ref=1"));

        Assert.Equal(_server.Url("/old?ref=1"), page.Url);
        Assert.Equal(_server.Url("/new"), page.FinalUrl);
        Assert.Equal(_server.Url("/new").AbsoluteUri, page.Link.FinalUrl);
        Assert.Equal(["/old?ref=1", "/new"], _server.Requests.Select(r => r.Target));
    }

    [Fact]
    public async Task Fetch_WithValidatorsOfAnUnchangedPage_IsNotModifiedWithoutBody()
    {
        _server.Map("/page", (request, connection, stopping) => request.Header("If-None-Match") == "\"v7\""
            ? PageServer.WriteAsync(connection, 304, null, [], [("ETag", "\"v7\"")], stopping)
            : PageServer.WriteAsync(connection, 200, "text/html", "<p>Page.</p>"u8.ToArray(), [("ETag", "\"v7\""), ("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT")], stopping));
        var first = await _fetcher.FetchAsync(_server.Url("/page"));

        var second = await _fetcher.FetchAsync(_server.Url("/page"), new PageValidators(first.FinalUrl, first.ETag, first.LastModified));

        Assert.False(first.NotModified);
        Assert.True(second.NotModified);
        Assert.True(second.Content.IsEmpty);
        Assert.Equal("\"v7\"", second.ETag);
        Assert.Equal(first.LastModified, second.LastModified);
        var conditional = _server.Requests[1];
        Assert.Equal("\"v7\"", conditional.Header("If-None-Match"));
        Assert.Equal("Tue, 01 Dec 2026 10:00:00 GMT", conditional.Header("If-Modified-Since"));
    }

    [Fact]
    public async Task Fetch_ValidatorsOfAnotherUrl_AreNotSent()
    {
        _server.Page("/a", "text/html", "<p>A.</p>");

        await _fetcher.FetchAsync(_server.Url("/a"), new PageValidators(_server.Url("/b"), "\"b1\"", null));

        Assert.Null(Assert.Single(_server.Requests).Header("If-None-Match"));
    }

    [Fact]
    public async Task Fetch_UnconditionalRequestAnswered304_IsFetchFailed()
    {
        _server.Page("/odd", null, [], 304);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => _fetcher.FetchAsync(_server.Url("/odd")));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Equal(304, error.UpstreamStatus);
    }

    [Fact]
    public async Task Fetch_NothingListening_IsFetchFailed()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var fetcher = Fetcher(Fetchers.LoopbackPolicy(port));

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/")));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Contains("Could not connect to 127.0.0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_LoopbackWithoutTheSetting_IsRefused()
    {
        using var fetcher = Fetcher(LinkPolicy.Default with { AllowedPorts = new HashSet<int> { _server.Port } });
        _server.Page("/", "text/html", "<p>Local.</p>");

        var error = await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(_server.Url("/")));

        Assert.Equal(ErrorCodes.UrlNotAllowed, error.Code);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Fetch_Logs_NameTheHostAndStatusButNeverThePathQueryOrBody()
    {
        var log = new ListLogger();
        using var fetcher = new LinkFetcher(Fetchers.LoopbackPolicy(_server.Port), TimeProvider.System, log);
        _server.Page("/private/path?token=s3cret", "text/html", "<p>Body words.</p>");
        _server.Page("/gone?token=s3cret", "text/html", Encoding.UTF8.GetBytes("<p>Error body.</p>"), 404);

        await fetcher.FetchAsync(_server.Url("/private/path?token=s3cret"));
        await Assert.ThrowsAsync<SummarizerException>(() => fetcher.FetchAsync(_server.Url("/gone?token=s3cret")));

        Assert.Equal(2, log.Lines.Count);
        Assert.All(log.Lines, line => Assert.Contains("127.0.0.1", line, StringComparison.Ordinal));
        Assert.Contains("200", log.Lines[0], StringComparison.Ordinal);
        Assert.Contains("fetch_failed (upstream status 404)", log.Lines[1], StringComparison.Ordinal);
        Assert.All(log.Lines, line =>
        {
            Assert.DoesNotContain("s3cret", line, StringComparison.Ordinal);
            Assert.DoesNotContain("/private", line, StringComparison.Ordinal);
            Assert.DoesNotContain("words", line, StringComparison.Ordinal);
        });
    }

    private static LinkFetcher Fetcher(LinkPolicy policy) => new(policy, TimeProvider.System, NullLogger<LinkFetcher>.Instance);

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }
}
