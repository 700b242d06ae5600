using System.Text;
using System.Text.Json;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Testing.Web;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// <c>POST /api/summarize {"url": …}</c> through the built worker, against the local page server: the page's summary
/// with its link recorded, and each documented refusal as a problem answer with its stable code.
/// </summary>
[Collection(LinkWorkerCollection.Name)]
public sealed class LinkSummarizeTests(LinkWorkerFixture fixture)
{
    private const string HarbourPage =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour reopens after repairs</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Harbour reopens after repairs</h1>"
        + "<p>The harbour at Northbridge reopened to fishing boats on Monday after a week of emergency repairs to the old stone quay.</p>"
        + "<p>Engineers found that a winter storm had loosened more than forty blocks along the outer wall, and divers replaced them one by one.</p>"
        + "<p>The harbour master said the repairs cost about ninety thousand pounds, paid from the council's reserve for storm damage.</p>"
        + "<p>Fishing crews had moored at the neighbouring port of Eastwick while the work went on, adding two hours to every trip.</p>"
        + "<p>A full survey of the quay is planned for the spring, when the council will decide whether the wall needs rebuilding.</p>"
        + "</article><footer>Share this article</footer></body></html>";

    private readonly WorkerHost _worker = fixture.Worker;
    private readonly PageServer _pages = fixture.Pages;

    [Fact]
    public async Task PostedLink_IsAnsweredWithTheSummaryOfThePageItLeadsTo()
    {
        var id = Guid.NewGuid().ToString("N");
        _pages.Redirect($"/short/{id}", $"/news/{id}/harbour?src=feed", 301)
            .Page($"/news/{id}/harbour?src=feed", "text/html; charset=utf-8", HarbourPage, ("ETag", "\"h1\""));

        var answer = await PostLinkAsync(_pages.Url($"/short/{id}"), "?sentences=2");

        Expect.Status(answer, 200);
        var document = answer.Json();
        Assert.Equal("Harbour reopens after repairs", document.GetProperty("title").GetString());
        var sentences = Expect.Strings(document.GetProperty("summarySentences"));
        Assert.Equal(2, sentences.Length);
        Assert.All(sentences, s => Assert.Contains(s, HarbourPage, StringComparison.Ordinal));
        var source = document.GetProperty("source");
        Assert.Equal("text/html", source.GetProperty("contentType").GetString());
        var link = source.GetProperty("link");
        Assert.Equal(_pages.Url($"/short/{id}").AbsoluteUri, link.GetProperty("url").GetString());
        Assert.Equal(_pages.Url($"/news/{id}/harbour?src=feed").AbsoluteUri, link.GetProperty("finalUrl").GetString());
        Assert.Equal(200, link.GetProperty("status").GetInt32());
        Assert.Equal("\"h1\"", link.GetProperty("eTag").GetString());
        Assert.True(link.GetProperty("fetchedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        var request = _pages.Requests.Last(r => r.Target.Contains(id, StringComparison.Ordinal));
        Assert.StartsWith("Summarizer/", request.Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostedLinkToAWindows1252Page_IsReadInThatEncoding()
    {
        const string Page = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Café Müller closes</title></head><body><article>"
            + "<p>The Café Müller in Zürich will close its doors at the end of the month after 112 years of trading on the old town square.</p>"
            + "<p>The owners said rising rents, now above €9,000 a month, made the café’s traditional pastries impossible to sell at a profit.</p>"
            + "<p>Regulars queued on Saturday for a last slice of the house Sachertorte, which sold for €6.50 until the final day.</p>"
            + "</article></body></html>";
        var path = $"/cafe/{Guid.NewGuid():N}";
        _pages.Page(path, "text/html", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Page));

        var answer = await PostLinkAsync(_pages.Url(path));

        Expect.Status(answer, 200);
        var document = answer.Json();
        Assert.Equal("Café Müller closes", document.GetProperty("title").GetString());
        Assert.Contains("€", document.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("windows-1252", document.GetProperty("source").GetProperty("encoding").GetString());
        Assert.Equal("meta", document.GetProperty("source").GetProperty("encodingSource").GetString());
    }

    [Theory]
    [InlineData("http://10.0.0.1/admin")]
    [InlineData("http://169.254.169.254/metadata/identity/oauth2/token")]
    [InlineData("http://[::ffff:127.0.0.2]/")]
    public async Task PostedLinkRedirectingToAPrivateAddress_Is400UrlNotAllowed(string location)
    {
        var path = $"/redirect/{Guid.NewGuid():N}";
        _pages.Redirect(path, location);

        var answer = await PostLinkAsync(_pages.Url(path));

        Expect.Problem(answer, 400, "url_not_allowed");
        Assert.Single(_pages.Requests, r => r.Target == path);
    }

    [Fact]
    public async Task PostedLinkToAnotherLoopbackAddress_Is400_LoopbackIsAllowedOnlyAsFarAsTheSettingSays()
    {
        var answer = await PostLinkAsync(new Uri($"http://127.0.0.2:{_pages.Port}/"));

        var problem = Expect.Problem(answer, 400, "url_not_allowed");
        Assert.Contains("loopback", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task PostedLinkToAnErrorPage_Is502FetchFailedWithTheUpstreamStatus(int status)
    {
        var path = $"/error/{Guid.NewGuid():N}";
        _pages.Page(path, "text/html", Encoding.UTF8.GetBytes("<p>Internal details of the server.</p>"), status);

        var answer = await PostLinkAsync(_pages.Url(path));

        var problem = Expect.Problem(answer, 502, "fetch_failed");
        Assert.Equal(status, problem.GetProperty("upstreamStatus").GetInt32());
        Assert.DoesNotContain("Internal details", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostedLinkToAServerThatNeverAnswers_Is504AtTheTimeCap()
    {
        var path = $"/silent/{Guid.NewGuid():N}";
        _pages.Silent(path);

        var answer = await PostLinkAsync(_pages.Url(path));

        Expect.Problem(answer, 504, "fetch_timeout");
    }

    [Fact]
    public async Task PostedLinkToAnEndlessPage_Is413()
    {
        var path = $"/endless/{Guid.NewGuid():N}";
        _pages.Endless(path);

        var answer = await PostLinkAsync(_pages.Url(path));

        Expect.Problem(answer, 413, "input_too_large");
    }

    [Fact]
    public async Task PostedLinkToAnImage_Is415UnsupportedMediaType()
    {
        var path = $"/image/{Guid.NewGuid():N}.png";
        _pages.Page(path, "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

        var answer = await PostLinkAsync(_pages.Url(path));

        Expect.Problem(answer, 415, "unsupported_media_type");
    }

    private Task<HttpAnswer> PostLinkAsync(Uri url, string query = "") =>
        _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize" + query,
            Articles.Text(JsonSerializer.Serialize(new { url = url.AbsoluteUri }), "application/json"));
}
