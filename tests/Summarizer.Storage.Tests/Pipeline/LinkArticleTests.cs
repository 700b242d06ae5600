using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Documents;
using Summarizer.Testing;
using Summarizer.Testing.Web;

namespace Summarizer.Storage.Tests.Pipeline;

/// <summary>
/// Article blobs that hold only a link, through the pipeline against Azurite and the local page server on 127.0.0.1
/// (allowed by the fetcher's settings, as an intranet host would be): summarised as the page, the link recorded, a
/// refresh asking the page again conditionally, and each fetch failure recorded or retried as documented.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LinkArticleTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Page =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry timetable changes</title></head><body><article>"
        + "<h1>Ferry timetable changes</h1>"
        + "<p>The island ferry will sail twice an hour from the first of May, the operator announced on Friday.</p>"
        + "<p>A second boat, leased from a company in the north, will cover the extra crossings during the summer.</p>"
        + "<p>Fares stay the same, but season tickets will now be sold online as well as at the harbour office.</p>"
        + "<p>Residents had asked for more sailings after queues of cars stretched along the harbour road last August.</p>"
        + "</article></body></html>";

    private const string ChangedPage =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry sailings cancelled</title></head><body><article>"
        + "<p>All ferry sailings were cancelled on Sunday as gales of up to seventy miles an hour swept the coast.</p>"
        + "<p>The operator said the first crossing would leave at noon on Monday if the wind dropped overnight.</p>"
        + "<p>Islanders were advised to stock up at the village shop, which opened for an extra two hours.</p>"
        + "</article></body></html>";

    private const string LastModified = "Fri, 06 Nov 2026 08:00:00 GMT";

    private readonly PageServer _pages = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _pages.DisposeAsync();

    [Fact]
    public async Task ShortcutBlob_IsSummarisedAsThePage_WithTheLinkRecorded()
    {
        var harness = await HarnessAsync();
        _pages.Redirect("/s/ferry", "/news/ferry?ref=feed", 301).Page("/news/ferry?ref=feed", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page), 200,
            ("ETag", "\"f1\""), ("Last-Modified", LastModified));
        await harness.UploadAsync("links/ferry.url", Shortcut("/s/ferry"), "application/octet-stream");

        var result = await harness.Pipeline.ProcessAsync("links/ferry.url");

        Assert.Equal(PipelineOutcome.Summarized, result.Outcome);
        var (document, metadata) = await ResultAsync(harness, "links/ferry.url");
        Assert.Equal("Ferry timetable changes", document.Title);
        Assert.Contains("ferry", document.Summary, StringComparison.Ordinal);
        var link = document.Source.Link!;
        Assert.Equal(_pages.Url("/s/ferry").AbsoluteUri, link.Url);
        Assert.Equal(_pages.Url("/news/ferry?ref=feed").AbsoluteUri, link.FinalUrl);
        Assert.Equal((200, "\"f1\"", DateTimeOffset.Parse(LastModified, System.Globalization.CultureInfo.InvariantCulture)),
            (link.Status, link.ETag, link.LastModified));
        Assert.InRange(link.FetchedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow); // the fetcher's clock, which times its deadline
        Assert.Equal("text/html", document.Source.ContentType);
        Assert.True(metadata.Link);
        Assert.Equal(Sha256(Shortcut("/s/ferry")), metadata.ContentSha256); // provenance is of the article blob
        Assert.Equal(1, harness.Engine.Calls);
    }

    [Fact]
    public async Task JsonUrlBlob_IsSummarisedAsThePage_AndATriggerAgainFetchesNothing()
    {
        var harness = await HarnessAsync();
        _pages.Page("/ferry", "text/html", Page);
        var json = JsonSerializer.Serialize(new { url = _pages.Url("/ferry").AbsoluteUri });
        await harness.UploadAsync("links/ferry.json", json, "application/json");

        Assert.Equal(PipelineOutcome.Summarized, (await harness.Pipeline.ProcessAsync("links/ferry.json")).Outcome);
        Assert.Equal(PipelineOutcome.UpToDate, (await harness.Pipeline.ProcessAsync("links/ferry.json")).Outcome);

        Assert.Single(_pages.Requests);
        Assert.Equal(1, harness.Engine.Calls);
        Assert.Equal(["links/ferry.json.json", "links/ferry.json.md"], await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task Refresh_PageAnswers304_NoEngineCallAndTheResultStaysAsItIs()
    {
        var harness = await HarnessAsync();
        var conditional = ConditionalPage("/ferry", () => Page);
        await harness.UploadAsync("ferry.url", Shortcut("/ferry"), "application/octet-stream");
        await harness.Pipeline.ProcessAsync("ferry.url");
        var before = await harness.SummariesContainer.GetBlobClient("ferry.url.json").GetPropertiesAsync();

        var refreshed = await harness.Pipeline.RefreshAsync("ferry.url");

        Assert.Equal(PipelineOutcome.UpToDate, refreshed.Outcome);
        Assert.Equal(1, harness.Engine.Calls);
        var asked = Assert.Single(conditional, r => r.Header("If-None-Match") is not null);
        Assert.Equal(("\"f1\"", LastModified), (asked.Header("If-None-Match"), asked.Header("If-Modified-Since")));
        var after = await harness.SummariesContainer.GetBlobClient("ferry.url.json").GetPropertiesAsync();
        Assert.Equal(before.Value.ETag, after.Value.ETag);
    }

    [Fact]
    public async Task Refresh_StoredLinkIsNoUrl_TheArticleIsSummarisedAgainFromItsLink()
    {
        var harness = await HarnessAsync();
        ConditionalPage("/ferry", () => Page);
        await harness.UploadAsync("ferry.url", Shortcut("/ferry"), "application/octet-stream");
        await harness.Pipeline.ProcessAsync("ferry.url");
        var result = harness.SummariesContainer.GetBlobClient("ferry.url.json");
        BlobDownloadResult stored = await result.DownloadContentAsync();
        var tampered = stored.Content.ToString().Replace(_pages.Url("/ferry").AbsoluteUri, "not a url", StringComparison.Ordinal);
        await result.UploadAsync(BinaryData.FromString(tampered), new BlobUploadOptions { Metadata = stored.Details.Metadata });

        var refreshed = await harness.Pipeline.RefreshAsync("ferry.url");

        Assert.Equal(PipelineOutcome.Summarized, refreshed.Outcome);
        Assert.Equal(2, harness.Engine.Calls);
        Assert.Equal(_pages.Url("/ferry").AbsoluteUri, (await ResultAsync(harness, "ferry.url")).Document.Source.Link!.FinalUrl);
    }

    [Fact]
    public async Task Refresh_PageChanged_IsSummarisedAgain()
    {
        var harness = await HarnessAsync();
        var page = Page;
        ConditionalPage("/ferry", () => page);
        await harness.UploadAsync("ferry.url", Shortcut("/ferry"), "application/octet-stream");
        await harness.Pipeline.ProcessAsync("ferry.url");
        page = ChangedPage;

        var refreshed = await harness.Pipeline.RefreshAsync("ferry.url");

        Assert.Equal(PipelineOutcome.Summarized, refreshed.Outcome);
        Assert.Equal(2, harness.Engine.Calls);
        Assert.Equal("Ferry sailings cancelled", (await ResultAsync(harness, "ferry.url")).Document.Title);
    }

    [Fact]
    public async Task OrdinaryArticle_Refresh_FetchesNothing()
    {
        var harness = await HarnessAsync();
        await harness.UploadAsync("plain.txt", "See " + _pages.Url("/ferry").AbsoluteUri + " for the timetable. " + TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("plain.txt");

        Assert.Equal(PipelineOutcome.UpToDate, (await harness.Pipeline.RefreshAsync("plain.txt")).Outcome);
        Assert.Empty(_pages.Requests);
    }

    [Theory]
    [InlineData("gone", ErrorCodes.FetchFailed, 404)]
    [InlineData("private", ErrorCodes.UrlNotAllowed, null)]
    [InlineData("image", ErrorCodes.UnsupportedMediaType, null)]
    [InlineData("endless", ErrorCodes.InputTooLarge, null)]
    public async Task FinalFetchFailure_IsTheArticlesErrorRecord(string route, string code, int? upstreamStatus)
    {
        var harness = await HarnessAsync();
        _pages.Page("/gone", "text/html", Encoding.UTF8.GetBytes("<p>Not here.</p>"), 404)
            .Redirect("/private", "http://169.254.169.254/latest/meta-data/")
            .Page("/image", "image/png", [0x89, 0x50, 0x4E, 0x47])
            .Endless("/endless");
        await harness.UploadAsync("bad.url", Shortcut("/" + route), "application/octet-stream");

        var result = await harness.Pipeline.ProcessAsync("bad.url");

        Assert.Equal((PipelineOutcome.Failed, code), (result.Outcome, result.ErrorCode));
        var body = (await harness.SummariesContainer.GetBlobClient("bad.url.json").DownloadContentAsync()).Value;
        var record = ErrorRecordSerializer.TryFromJson(body.Content.ToMemory().Span)!;
        Assert.Equal((code, upstreamStatus), (record.Code, record.UpstreamStatus));
        Assert.True(SummaryMetadata.From(body.Details.Metadata).Link);
        Assert.Equal(["bad.url.json"], await harness.SummaryBlobNamesAsync());
        Assert.Equal(0, harness.Engine.Calls);
    }

    [Fact]
    public async Task ShortcutWithoutAUrlLine_IsUrlNotAllowed()
    {
        var harness = await HarnessAsync();
        await harness.UploadAsync("empty.url", "[InternetShortcut]\r\nIconIndex=0\r\n", "application/octet-stream");

        Assert.Equal(ErrorCodes.UrlNotAllowed, (await harness.Pipeline.ProcessAsync("empty.url")).ErrorCode);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task ServerBusy_IsTransient_NothingIsRecorded(int status)
    {
        var harness = await HarnessAsync();
        _pages.Page("/busy", "text/html", Encoding.UTF8.GetBytes("<p>Busy.</p>"), status);
        await harness.UploadAsync("busy.url", Shortcut("/busy"), "application/octet-stream");

        var error = await Assert.ThrowsAsync<SummarizerException>(() => harness.Pipeline.ProcessAsync("busy.url"));

        Assert.Equal((ErrorCodes.FetchFailed, true, status), (error.Code, error.IsTransient, error.UpstreamStatus));
        Assert.Empty(await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task SilentServer_IsATransientTimeout_NothingIsRecorded()
    {
        var harness = await HarnessAsync(TimeSpan.FromSeconds(1));
        _pages.Silent("/silent");
        await harness.UploadAsync("silent.url", Shortcut("/silent"), "application/octet-stream");

        var error = await Assert.ThrowsAsync<SummarizerException>(() => harness.Pipeline.ProcessAsync("silent.url"));

        Assert.Equal((ErrorCodes.FetchTimeout, true), (error.Code, error.IsTransient));
        Assert.Empty(await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task Refresh_OfAFailedLink_FetchesAgain_AndThePageBackIsSummarised()
    {
        var harness = await HarnessAsync();
        _pages.Page("/back", "text/html", Encoding.UTF8.GetBytes("<p>Not yet.</p>"), 404);
        await harness.UploadAsync("back.url", Shortcut("/back"), "application/octet-stream");
        Assert.Equal(ErrorCodes.FetchFailed, (await harness.Pipeline.ProcessAsync("back.url")).ErrorCode);
        Assert.Equal(PipelineOutcome.UpToDate, (await harness.Pipeline.ProcessAsync("back.url")).Outcome); // the trigger again: no fetch
        _pages.Page("/back", "text/html", Page);

        var refreshed = await harness.Pipeline.RefreshAsync("back.url");

        Assert.Equal(PipelineOutcome.Summarized, refreshed.Outcome);
        Assert.Equal(2, _pages.Requests.Count);
        Assert.Equal(["back.url.json", "back.url.md"], await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task Refresh_PageNowGone_TheGoneStatusReplacesTheSummary()
    {
        var harness = await HarnessAsync();
        _pages.Page("/ferry", "text/html", Page);
        await harness.UploadAsync("ferry.url", Shortcut("/ferry"), "application/octet-stream");
        await harness.Pipeline.ProcessAsync("ferry.url");
        _pages.Page("/ferry", "text/html", Encoding.UTF8.GetBytes("<p>Gone.</p>"), 410);

        var refreshed = await harness.Pipeline.RefreshAsync("ferry.url");

        Assert.Equal((PipelineOutcome.Failed, ErrorCodes.FetchFailed), (refreshed.Outcome, refreshed.ErrorCode));
        Assert.Equal(["ferry.url.json"], await harness.SummaryBlobNamesAsync());
    }

    internal static BinaryData ShortcutFor(Uri url) => TestArticles.Utf8($"[InternetShortcut]\r\nURL={url.AbsoluteUri}\r\n");

    private Task<PipelineHarness> HarnessAsync(TimeSpan? timeout = null) =>
        PipelineHarness.CreateAsync(azurite, links: TestLinkFetchers.Loopback(_pages.Port, timeout));

    private BinaryData Shortcut(string target) => ShortcutFor(_pages.Url(target));

    // A page with validators that answers 304 when asked with them; the requests it received, in order.
    private List<PageRequest> ConditionalPage(string target, Func<string> body)
    {
        var received = new List<PageRequest>();
        _pages.Map(target, (request, connection, stopping) =>
        {
            lock (received)
            {
                received.Add(request);
            }

            var html = body();
            var etag = html == Page ? "\"f1\"" : "\"f2\"";
            return request.Header("If-None-Match") == etag
                ? PageServer.WriteAsync(connection, 304, null, [], [("ETag", etag)], stopping)
                : PageServer.WriteAsync(connection, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), [("ETag", etag), ("Last-Modified", LastModified)], stopping);
        });
        return received;
    }

    private static async Task<(SummaryDocument Document, SummaryMetadata Metadata)> ResultAsync(PipelineHarness harness, string name)
    {
        BlobDownloadResult download = await harness.SummariesContainer.GetBlobClient(name + ".json").DownloadContentAsync();
        return (SummaryDocumentSerializer.FromJson(download.Content.ToMemory().Span), SummaryMetadata.From(download.Details.Metadata));
    }

    private static string Sha256(BinaryData data) => SummaryDocumentFactory.Sha256Hex(data.ToMemory().Span);
}
