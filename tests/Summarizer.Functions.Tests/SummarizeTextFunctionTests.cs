using System.Text;
using Summarizer.Core;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class SummarizeTextFunctionTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("text/plain", TestArticles.Harbour)]
    [InlineData("text/plain; charset=utf-8", TestArticles.Harbour)]
    [InlineData("text/markdown", "# Harbour\n\n" + TestArticles.Harbour)]
    [InlineData("text/x-markdown", "# Harbour\n\n" + TestArticles.Harbour)]
    [InlineData("text/csv", TestArticles.Harbour)]
    [InlineData("text/html", "<html><head><title>Harbour</title></head><body><p>" + TestArticles.Harbour + "</p></body></html>")]
    [InlineData("application/json", "{\"title\":\"Harbour\",\"text\":\"" + TestArticles.Harbour + "\"}")]
    [InlineData("application/ld+json", "{\"title\":\"Harbour\",\"text\":\"" + TestArticles.Harbour + "\"}")]
    public async Task SummarizeText_SupportedBody_Returns200WithDocument(string contentType, string body)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", body, contentType), CancellationToken.None));

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("2.0", response.Json.GetProperty("schemaVersion").GetString());
        Assert.NotEmpty(response.Json.GetProperty("summary").GetString()!);
    }

    [Fact]
    public async Task SummarizeText_QueryOptions_AreApplied()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", TestArticles.Harbour, query: "?sentences=2"), CancellationToken.None));

        Assert.Equal(200, response.Status);
        Assert.Equal(2, response.Json.GetProperty("summarySentences").GetArrayLength());
        Assert.Equal("sentences=2", response.Json.GetProperty("engine").GetProperty("options").GetString());
    }

    [Fact]
    public async Task SummarizeText_FormatMarkdown_ReturnsMarkdown()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", TestArticles.Harbour, query: "?format=markdown&length=short"), CancellationToken.None));

        Assert.Equal(200, response.Status);
        Assert.Equal("text/markdown; charset=utf-8", response.ContentType);
        Assert.StartsWith("# ", response.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/iam/security-credentials/")]
    [InlineData("http://[::ffff:169.254.169.254]/metadata/identity/oauth2/token")]
    [InlineData("http://localhost:7071/api/health")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:password@example.com/")]
    public async Task SummarizeText_LinkThatMayNotBeFetched_Returns400WithoutAnEngineCall(string url)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", $"{{\"url\": \"{url}\"}}", "application/json"), CancellationToken.None));

        response.AssertProblem(400, ErrorCodes.UrlNotAllowed);
        Assert.Equal(0, harness.Engine.Calls);
    }

    [Fact]
    public async Task SummarizeText_EmptyBody_Returns400()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", ""), CancellationToken.None));

        response.AssertProblem(400, ErrorCodes.EmptyInput);
    }

    [Fact]
    public async Task SummarizeText_UndecodableBody_Returns400()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Request("POST", "/api/summarize", TestArticles.InvalidUtf8.ToArray(), "text/plain"), CancellationToken.None));

        response.AssertProblem(400, ErrorCodes.InvalidEncoding);
    }

    [Theory]
    [InlineData("?sentences=0")]
    [InlineData("?sentences=two")]
    [InlineData("?length=enormous")]
    [InlineData("?format=pdf")]
    [InlineData("?sentences=2&words=40")]
    [InlineData("?ratio=1.5")]
    public async Task SummarizeText_InvalidQuery_Returns400(string query)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", TestArticles.Harbour, query: query), CancellationToken.None));

        response.AssertProblem(400, ErrorCodes.InvalidOptions);
        Assert.Equal(0, harness.Engine.Calls);
    }

    [Fact]
    public async Task SummarizeText_BodyOverCapWithoutLength_Returns413AfterReadingAtMostCapPlusOne()
    {
        const int Cap = 1000;
        var harness = await FunctionsHarness.CreateAsync(azurite, maxInputBytes: Cap);
        var request = HttpExchange.Request("POST", "/api/summarize", contentType: "text/plain", declareLength: false);
        var body = new CountingStream();
        request.Body = body;

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(request, CancellationToken.None));

        response.AssertProblem(413, ErrorCodes.InputTooLarge);
        Assert.InRange(body.BytesRead, Cap + 1, Cap + 1);
    }

    [Fact]
    public async Task SummarizeText_DeclaredLengthOverCap_Returns413WithoutReading()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite, maxInputBytes: 1000);
        var request = HttpExchange.Request("POST", "/api/summarize", contentType: "text/plain", declareLength: false);
        var body = new CountingStream();
        request.Body = body;
        request.ContentLength = 5000;

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(request, CancellationToken.None));

        response.AssertProblem(413, ErrorCodes.InputTooLarge);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task SummarizeText_BodyExactlyAtCap_IsAccepted()
    {
        var text = TestArticles.Harbour;
        var harness = await FunctionsHarness.CreateAsync(azurite, maxInputBytes: Encoding.UTF8.GetByteCount(text));

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", text), CancellationToken.None));

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/vnd.ms-excel")]
    [InlineData("image/png")]
    [InlineData("not a media type")]
    public async Task SummarizeText_UnsupportedContentType_Returns415(string contentType)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", TestArticles.Harbour, contentType), CancellationToken.None));

        response.AssertProblem(415, ErrorCodes.UnsupportedContent);
    }

    [Fact]
    public async Task SummarizeText_NoExtractableText_Returns422()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        harness.Engine.BeforeSummarizeAsync = _ => throw new SummarizerException(ErrorCodes.NoExtractableText, "Nothing to summarise.");

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", "... !!! ???"), CancellationToken.None));

        response.AssertProblem(422, ErrorCodes.NoExtractableText);
    }

    [Theory]
    [InlineData("text/html", "<html><body><script>track()</script><nav><a href=\"/\">Home</a></nav></body></html>", 422, ErrorCodes.NoExtractableText)]
    [InlineData("text/markdown", "```\nvar x = 1;\n```", 422, ErrorCodes.NoExtractableText)]
    [InlineData("application/json", "{\"title\": \"Harbour\", \"text\": ", 400, ErrorCodes.InvalidJson)]
    [InlineData("application/json", "{\"title\": \"Harbour\"}", 415, ErrorCodes.UnsupportedContent)]
    public async Task SummarizeText_BodyTheDecoderRefuses_ReturnsItsStatusAndCode(string contentType, string body, int status, string code)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Request("POST", "/api/summarize", System.Text.Encoding.UTF8.GetBytes(body), contentType), CancellationToken.None));

        response.AssertProblem(status, code);
    }

    [Fact]
    public async Task SummarizeText_EngineUnavailable_Returns503WithRetryAfter()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        harness.Engine.BeforeSummarizeAsync = _ => throw new SummarizerException(ErrorCodes.EngineUnavailable, "Model endpoint down.", isTransient: true);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", TestArticles.Harbour), CancellationToken.None));

        response.AssertProblem(503, ErrorCodes.EngineUnavailable);
        Assert.Equal("5", response.Headers["Retry-After"]);
    }
}
