using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;

namespace Summarizer.Functions.EndToEnd;

/// <summary><c>POST /api/summarize</c> through the worker's HTTP pipeline: nothing stored, the document is the answer.</summary>
[Collection(WorkerCollection.Name)]
public sealed class SummarizeTests(WorkerFixture fixture)
{
    private readonly WorkerHost _worker = fixture.Worker;

    [Fact]
    public async Task PlainTextGetsTheSummaryDocument()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", Articles.Text(Articles.Sample));

        Expect.Status(answer, 200);
        Assert.StartsWith("application/json", answer.ContentType);
        var document = answer.Json();
        Assert.Equal("2.0", document.GetProperty("schemaVersion").GetString());
        Assert.Equal("en", document.GetProperty("language").GetString());
        var sentences = Expect.Strings(document.GetProperty("summarySentences"));
        Assert.Equal(3, sentences.Length);
        Assert.All(sentences, s => Assert.Contains(s.Split(' ')[^1].TrimEnd('.', '"'), Articles.Sample, StringComparison.Ordinal));
        Assert.Equal("text/plain", document.GetProperty("source").GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task QueryOptionsReachTheEngine()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize?length=short", Articles.Text(Articles.Sample));

        Expect.Status(answer, 200);
        Assert.Equal(2, answer.Json().GetProperty("summarySentences").GetArrayLength());
    }

    [Fact]
    public async Task JsonArticleWithMarkdownFormatGetsMarkdown()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { title = "Orchard harvest", text = Articles.Orchard });

        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize?format=markdown&sentences=2", Articles.Text(body, "application/json"));

        Expect.Status(answer, 200);
        Assert.StartsWith("text/markdown", answer.ContentType);
        Assert.StartsWith("# Orchard harvest", answer.Text, StringComparison.Ordinal);
        Assert.Contains("apple harvest", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyBodyIsABadRequest()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", Articles.Text(""));

        Expect.Problem(answer, 400, "empty_input");
    }

    [Fact]
    public async Task BadOptionIsABadRequest()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize?sentences=lots", Articles.Text(Articles.Orchard));

        Expect.Status(answer, 400);
        Assert.StartsWith("application/problem+json", answer.ContentType);
    }

    [Fact]
    public async Task PageWithoutProseIsUnprocessable()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", Articles.Text(Articles.ScriptOnlyPage, "text/html"));

        Expect.Problem(answer, 422, "no_extractable_text");
    }

    [Fact]
    public async Task BinaryContentTypeIsUnsupported()
    {
        var content = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]);
        content.Headers.ContentType = new("image/png");

        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", content);

        Expect.Status(answer, 415);
    }
}
