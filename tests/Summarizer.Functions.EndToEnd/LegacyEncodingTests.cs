using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// A page in windows-1252, the encoding most legacy Western pages still use, through the built worker: as a blob with
/// the Content-Type a plain upload gives it (no charset), and posted to <c>/api/summarize</c>.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class LegacyEncodingTests(WorkerFixture fixture)
{
    private const string Page =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"windows-1252\"><title>Café Müller closes</title></head><body><article>"
        + "<p>The Café Müller in Zürich will close its doors at the end of the month after 112 years of trading on the old town square.</p>"
        + "<p>The owners said rising rents, now above €9,000 a month, made the café’s traditional pastries impossible to sell at a profit.</p>"
        + "<p>Regulars queued on Saturday for a last slice of the house Sachertorte, which sold for €6.50 until the final day.</p>"
        + "<p>The city’s heritage office has asked the landlord to keep the wood-panelled interior and the painted ceiling intact.</p>"
        + "<p>A bakery chain has already signed a lease for the ground floor and plans to open there in the spring.</p>"
        + "<p>Staff will be offered jobs at the owners’ second shop near the lake, according to a notice in the window.</p>"
        + "</article></body></html>";

    private static readonly byte[] Windows1252Page = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Page);

    private readonly WorkerHost _worker = fixture.Worker;

    [Fact]
    public async Task BlobInWindows1252IsSummarisedWithItsCharactersAndEncoding()
    {
        var name = Articles.UniqueName("cafe-muller.html");
        var blob = fixture.Storage.CreateServiceClient().GetBlobContainerClient("articles").GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(Windows1252Page), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/html" } });

        var trigger = await _worker.FireBlobCreatedAsync("articles", name);
        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");

        var answer = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name));
        Expect.Status(answer, 200);
        AssertReadRight(answer.Json(), "meta");
    }

    [Theory]
    [InlineData("text/html", "meta")]
    [InlineData("text/html; charset=ISO-8859-1", "content-type")]
    public async Task PostedWindows1252PageIsSummarisedWithItsCharactersAndEncoding(string contentType, string encodingSource)
    {
        var content = new ByteArrayContent(Windows1252Page);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", content);

        Expect.Status(answer, 200);
        AssertReadRight(answer.Json(), encodingSource);
    }

    private static void AssertReadRight(JsonElement document, string encodingSource)
    {
        var summary = document.GetProperty("summary").GetString()!;
        Assert.Contains("The Café Müller in Zürich will close", summary, StringComparison.Ordinal);
        Assert.Contains("€", summary + string.Join(' ', Expect.Strings(document.GetProperty("keyPoints"))), StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', summary);
        Assert.Equal("Café Müller closes", document.GetProperty("title").GetString());
        var source = document.GetProperty("source");
        Assert.Equal("windows-1252", source.GetProperty("encoding").GetString());
        Assert.Equal(encodingSource, source.GetProperty("encodingSource").GetString());
    }
}
