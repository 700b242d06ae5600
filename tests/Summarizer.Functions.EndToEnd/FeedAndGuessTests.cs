using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// Issue 20's readers through the built worker: an RSS feed is summarised from its items (never their links or dates),
/// as a blob and when posted labelled as HTML; undeclared KOI8-R text is read by the encoding guess, not refused.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class FeedAndGuessTests(WorkerFixture fixture)
{
    private const string Feed =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Harbour Gazette</title>"
        + "<link>http://127.0.0.1/gazette</link><managingEditor>desk@gazette.invalid</managingEditor>"
        + "<item><title>Lifeboat returns to Whitby</title><link>http://127.0.0.1/gazette/lifeboat</link>"
        + "<pubDate>Tue, 3 Jan 2006 17:09:00 +0300</pubDate>"
        + "<description>&lt;p&gt;The restored lifeboat returned to the water at Whitby on Saturday after four years of work by volunteers.&lt;/p&gt;</description></item>"
        + "<item><title>Harbour wall repaired</title><link>http://127.0.0.1/gazette/wall</link>"
        + "<pubDate>Wed, 4 Jan 2006 09:00:00 +0300</pubDate>"
        + "<description>Engineers finished repairing the harbour wall after the winter storms damaged it badly in January.</description></item>"
        + "</channel></rss>";

    private const string Russian =
        "Городской совет Казани в четверг одобрил строительство нового моста через реку. "
        + "Мост соединит старый город с новым районом на правом берегу. "
        + "Работы начнутся весной и продлятся три года, сообщили в мэрии.";

    private readonly WorkerHost _worker = fixture.Worker;

    [Fact]
    public async Task FeedBlobIsSummarisedFromItsItemsWithoutLinksOrDates()
    {
        var name = Articles.UniqueName("gazette.rss");
        var blob = fixture.Storage.CreateServiceClient().GetBlobContainerClient("articles").GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString(Feed), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/rss+xml" } });

        var trigger = await _worker.FireBlobCreatedAsync("articles", name);
        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");

        var answer = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name));
        Expect.Status(answer, 200);
        AssertItemsWithoutMetadata(answer.Json());
    }

    [Fact]
    public async Task FeedPostedAsHtmlIsStillReadAsAFeed()
    {
        var content = new StringContent(Feed, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/html");

        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", content);

        Expect.Status(answer, 200);
        AssertItemsWithoutMetadata(answer.Json());
    }

    [Fact]
    public async Task UndeclaredKoi8RTextIsGuessedNotRefused()
    {
        var content = new ByteArrayContent(CodePagesEncodingProvider.Instance.GetEncoding("koi8-r")!.GetBytes(Russian));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain");

        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", content);

        Expect.Status(answer, 200);
        var document = answer.Json();
        Assert.Contains("Городской совет Казани", document.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("koi8-r", document.GetProperty("source").GetProperty("encoding").GetString());
        Assert.Equal("inferred", document.GetProperty("source").GetProperty("encodingSource").GetString());
    }

    private static void AssertItemsWithoutMetadata(JsonElement document)
    {
        var summary = document.GetProperty("summary").GetString()!;
        var everything = summary + " " + string.Join(' ', Expect.Strings(document.GetProperty("keyPoints")));
        Assert.Contains("The restored lifeboat returned to the water at Whitby", summary, StringComparison.Ordinal);
        Assert.Equal("Harbour Gazette", document.GetProperty("title").GetString());
        foreach (var metadata in new[] { "http://", "2006", "desk@", "+0300" })
        {
            Assert.DoesNotContain(metadata, everything, StringComparison.Ordinal);
        }
    }
}
