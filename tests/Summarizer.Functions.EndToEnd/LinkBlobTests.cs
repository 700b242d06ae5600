using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;
using Summarizer.Testing.Web;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// A <c>.url</c> Internet Shortcut uploaded to <c>articles</c>, through the built worker: the blob trigger summarises
/// the page it names (from the local page server on 127.0.0.1), a refresh asks the page again conditionally and a 304
/// leaves the result untouched, and a page that is gone or busy ends as the documented record or retry.
/// </summary>
[Collection(LinkWorkerCollection.Name)]
public sealed class LinkBlobTests(LinkWorkerFixture fixture)
{
    private const string Page =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Library opens on Sundays</title></head><body><article>"
        + "<p>The town library will open on Sundays from next month, the council said on Wednesday.</p>"
        + "<p>Volunteers will staff the reading rooms while paid staff run the lending desk and the computers.</p>"
        + "<p>The council found the money by sharing the building with the tourist office, which moved in last year.</p>"
        + "<p>Visitor numbers rose by a fifth last year, mostly students preparing for their summer exams.</p>"
        + "</article></body></html>";

    private readonly WorkerHost _worker = fixture.Worker;
    private readonly PageServer _pages = fixture.Pages;

    [Fact]
    public async Task ShortcutBlob_TriggerSummarisesThePage_RefreshAnswered304CostsNoEngineCallAndNoWrite()
    {
        var id = Guid.NewGuid().ToString("N");
        var served = new List<PageRequest>();
        _pages.Map($"/library/{id}", (request, connection, stopping) =>
        {
            lock (served)
            {
                served.Add(request);
            }

            return request.Header("If-None-Match") == "\"lib1\""
                ? PageServer.WriteAsync(connection, 304, null, [], [("ETag", "\"lib1\"")], stopping)
                : PageServer.WriteAsync(connection, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page), [("ETag", "\"lib1\"")], stopping);
        });
        var name = Articles.UniqueName("library.url");
        await UploadShortcutAsync(name, _pages.Url($"/library/{id}"));

        var trigger = await _worker.FireBlobCreatedAsync("articles", name);

        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");
        var summary = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name));
        Expect.Status(summary, 200);
        var document = summary.Json();
        Assert.Equal("Library opens on Sundays", document.GetProperty("title").GetString());
        var link = document.GetProperty("source").GetProperty("link");
        Assert.Equal(_pages.Url($"/library/{id}").AbsoluteUri, link.GetProperty("url").GetString());
        Assert.Equal((200, "\"lib1\""), (link.GetProperty("status").GetInt32(), link.GetProperty("eTag").GetString()));
        var result = Summaries().GetBlobClient(name + ".json");
        BlobProperties before = await result.GetPropertiesAsync();
        Assert.Equal("true", before.Metadata["link"]);

        var refreshed = await _worker.InvokeHttpAsync(HttpMethod.Post, ArticlePaths.Refresh(name));

        Expect.Status(refreshed, 200);
        Assert.Equal(document.GetProperty("createdAt").GetString(), refreshed.Json().GetProperty("createdAt").GetString());
        Assert.Equal(2, served.Count);
        Assert.Equal("\"lib1\"", served[1].Header("If-None-Match")); // answered 304: no body, so nothing for an engine
        BlobProperties after = await result.GetPropertiesAsync();
        Assert.Equal(before.ETag, after.ETag); // the result was not written again
    }

    [Fact]
    public async Task ShortcutToAGonePage_IsAnErrorRecordWithTheUpstreamStatus()
    {
        var path = $"/gone/{Guid.NewGuid():N}";
        _pages.Page(path, "text/html", Encoding.UTF8.GetBytes("<p>Removed.</p>"), 410);
        var name = Articles.UniqueName("gone.url");
        await UploadShortcutAsync(name, _pages.Url(path));

        var trigger = await _worker.FireBlobCreatedAsync("articles", name);

        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");
        var problem = Expect.Problem(await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name)), 422, "fetch_failed");
        Assert.Equal(410, problem.GetProperty("errorRecord").GetProperty("upstreamStatus").GetInt32());
    }

    [Fact]
    public async Task ShortcutToABusyServer_FailsTheRunForTheHostToRetry_AndRecordsNothing()
    {
        var path = $"/busy/{Guid.NewGuid():N}";
        _pages.Page(path, "text/html", Encoding.UTF8.GetBytes("<p>Try later.</p>"), 503);
        var name = Articles.UniqueName("busy.url");
        await UploadShortcutAsync(name, _pages.Url(path));

        var trigger = await _worker.FireBlobCreatedAsync("articles", name);

        Assert.Equal(StatusResult.Types.Status.Failure, trigger.Result.Status);
        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name)), 202);
        Assert.False(await Summaries().GetBlobClient(name + ".json").ExistsAsync());
    }

    private async Task UploadShortcutAsync(string name, Uri url)
    {
        var blob = fixture.Storage.CreateServiceClient().GetBlobContainerClient("articles").GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString($"[InternetShortcut]\r\nURL={url.AbsoluteUri}\r\n"),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/octet-stream" } });
    }

    private BlobContainerClient Summaries() =>
        fixture.Storage.CreateServiceClient().GetBlobContainerClient("summaries");
}
