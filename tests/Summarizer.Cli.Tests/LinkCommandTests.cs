using System.Text;
using System.Text.Json;
using Summarizer.Testing.Documents;
using Summarizer.Testing.Web;

namespace Summarizer.Cli.Tests;

/// <summary>
/// URLs on the command line, <c>.url</c> files and batch records with a <c>url</c>, fetched from the local page server
/// by the built <c>summarizer</c>, with loopback and the server's port allowed through the <c>Fetch__*</c> environment
/// variables, as a user allows an intranet host.
/// </summary>
public sealed class LinkCommandTests : IAsyncLifetime
{
    private const string Page =
        "<!DOCTYPE html><html><head><title>Library opens on Sundays</title></head><body><main>"
        + "<p>The town library will open on Sundays from next month, the council announced on Wednesday evening.</p>"
        + "<p>Volunteers will staff the reading rooms while paid staff run the lending desk and the children's corner.</p>"
        + "<p>The council found the money by sharing the building with the tourist office, which moves in next spring.</p>"
        + "<p>Readers had asked for Sunday opening for years, and a petition last winter gathered more than two thousand names.</p>"
        + "</main></body></html>";

    private readonly PageServer _server = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-links-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private Dictionary<string, string> Allowed => new()
    {
        ["Fetch__AllowedHosts"] = "127.0.0.1",
        ["Fetch__AllowedPorts"] = $"80,443,{_server.Port}",
        ["Fetch__Timeout"] = "00:00:02",
    };

    [Fact]
    public async Task Summarize_UrlBesideAFile_PrintsBothSummaries()
    {
        _server.Page("/library", "text/html; charset=utf-8", Page);
        var file = Path.Combine(_folder, "harbour.txt");
        await File.WriteAllTextAsync(file, Fixtures.NewsArticle);
        var url = _server.Url("/library").AbsoluteUri;

        var result = await CliProcess.RunAsync(Allowed, "summarize", "--sentences", "2", url, file);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"== {url} ==", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"== {file} ==", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("The town library will open on Sundays from next month", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_UrlAsJson_RecordsTheLink()
    {
        _server.Redirect("/l", "/library", 301).Page("/library", "text/html", Page);

        var result = await CliProcess.RunAsync(Allowed, "summarize", "--format", "json", _server.Url("/l").AbsoluteUri);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var document = JsonDocument.Parse(result.Stdout);
        var link = document.RootElement.GetProperty("source").GetProperty("link");
        Assert.Equal(_server.Url("/l").AbsoluteUri, link.GetProperty("url").GetString());
        Assert.Equal(_server.Url("/library").AbsoluteUri, link.GetProperty("finalUrl").GetString());
        Assert.Equal("Library opens on Sundays", document.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Extract_PdfLink_IsReadByThePdfDecoder()
    {
        var pdf = new PdfArticleWriter().Write("Ferry timetable changes", ["The ferry to the island will run every forty minutes from May, instead of every hour.", "The operator said a second boat makes the extra crossings possible."]);
        _server.Page("/timetable", "application/pdf", pdf);

        var result = await CliProcess.RunAsync(Allowed, "extract", "--format", "json", _server.Url("/timetable").AbsoluteUri);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var extracted = JsonDocument.Parse(result.Stdout);
        Assert.Equal("application/pdf", extracted.RootElement.GetProperty("source").GetProperty("contentType").GetString());
        Assert.Contains("every forty minutes from May", extracted.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, extracted.RootElement.GetProperty("source").GetProperty("link").GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Summarize_FolderWithAnInternetShortcut_SummarisesThePageItLinksTo()
    {
        _server.Page("/library", "text/html", Page);
        await File.WriteAllTextAsync(Path.Combine(_folder, "library.url"), $"[InternetShortcut]\r\nURL={_server.Url("/library").AbsoluteUri}\r\n");

        var result = await CliProcess.RunAsync(Allowed, "summarize", "--sentences", "1", _folder);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("The town library will open on Sundays", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_FailingLinks_ReportEachCodeAndGoOn()
    {
        _server.Page("/gone", "text/html", Encoding.UTF8.GetBytes("<p>gone</p>"), 410).Silent("/silent").Page("/photo", "image/jpeg", new byte[64]);
        var file = Path.Combine(_folder, "harbour.txt");
        await File.WriteAllTextAsync(file, Fixtures.NewsArticle);

        var result = await CliProcess.RunAsync(Allowed, "summarize", "--format", "json",
            _server.Url("/gone").AbsoluteUri, _server.Url("/silent").AbsoluteUri, _server.Url("/photo").AbsoluteUri,
            "http://10.0.0.1/", $"http://127.0.0.1:{_server.Port}@evil.example/", file);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(6, lines.Length);
        Assert.Equal(["fetch_failed", "fetch_timeout", "unsupported_media_type", "url_not_allowed", "url_not_allowed"],
            lines.Take(5).Select(l => l.GetProperty("error").GetProperty("code").GetString()));
        Assert.Equal(_server.Url("/gone").AbsoluteUri, lines[0].GetProperty("source").GetProperty("name").GetString());
        Assert.True(lines[5].TryGetProperty("summary", out _));
        Assert.Contains($"summarizer: {_server.Url("/gone").AbsoluteUri}: fetch_failed: 127.0.0.1 answered 410 Gone.", result.StderrLines);
    }

    [Fact]
    public async Task Summarize_LoopbackWithoutTheHostSetting_IsRefused()
    {
        _server.Page("/library", "text/html", Page);
        var settings = new Dictionary<string, string> { ["Fetch__AllowedPorts"] = $"{_server.Port}" };

        var result = await CliProcess.RunAsync(settings, "summarize", _server.Url("/library").AbsoluteUri);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("url_not_allowed", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("loopback", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task InvalidFetchSetting_FailsTheLinksOnly()
    {
        var file = Path.Combine(_folder, "harbour.txt");
        await File.WriteAllTextAsync(file, Fixtures.NewsArticle);
        var settings = new Dictionary<string, string> { ["Fetch__AllowedPorts"] = "80,https" };

        var result = await CliProcess.RunAsync(settings, "summarize", file, "https://example.com/");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("summarizer: https://example.com/: invalid_options: Fetch:AllowedPorts holds 'https'", result.Stderr, StringComparison.Ordinal);
        Assert.NotEmpty(result.Stdout);
    }

    [Fact]
    public async Task Batch_RecordsWithUrls_AreFetchedAndSummarisedInOrder()
    {
        _server.Page("/library", "text/html", Page).Page("/missing", "text/html", Encoding.UTF8.GetBytes("<p>no</p>"), 404);
        var input = Path.Combine(_folder, "in.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            JsonSerializer.Serialize(new { id = "a", url = _server.Url("/library").AbsoluteUri }),
            JsonSerializer.Serialize(new { id = "b", text = Fixtures.NewsArticle }),
            JsonSerializer.Serialize(new { id = "c", url = _server.Url("/missing").AbsoluteUri }),
            JsonSerializer.Serialize(new { id = "d", url = 17 }),
            JsonSerializer.Serialize(new { id = "e" }),
        ]);

        var result = await CliProcess.RunAsync(Allowed, "batch", "--input", input, "--output", "-", "--sentences", "1");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["a", "b", "c", "d", "e"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.StartsWith("The town library will open on Sundays", lines[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(lines[1].TryGetProperty("summary", out _));
        Assert.Equal("fetch_failed", lines[2].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("invalid_json", lines[3].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("The record has no 'text' or 'url' field.", lines[4].GetProperty("error").GetProperty("message").GetString());
    }
}
