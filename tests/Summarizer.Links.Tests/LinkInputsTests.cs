using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Ingestion.Charsets;
using Summarizer.Testing.Web;

namespace Summarizer.Links.Tests;

/// <summary>A fetched page becomes an article input that the one decoder reads as it reads a file.</summary>
public sealed class LinkInputsTests : IAsyncLifetime
{
    private const string CafePage =
        "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Café Müller closes</title></head><body><article>"
        + "<p>The Café Müller in Zürich will close at the end of the month after 112 years on the old town square.</p>"
        + "<p>Rents of more than €9,000 a month made the café’s pastries impossible to sell at a profit, the owners said.</p>"
        + "</article></body></html>";

    private static readonly byte[] Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(CafePage);

    private readonly PageServer _server = new();
    private LinkFetcher _fetcher = null!;
    private LinkInputs _links = null!;

    public Task InitializeAsync()
    {
        _fetcher = new LinkFetcher(Fetchers.LoopbackPolicy(_server.Port), TimeProvider.System, NullLogger<LinkFetcher>.Instance);
        _links = new LinkInputs(_fetcher);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("text/html", EncodingSource.Meta)]
    [InlineData("text/html; charset=ISO-8859-1", EncodingSource.ContentType)]
    public async Task FetchAsync_PageInWindows1252_IsDecodedByItsHeaderOrItsMeta(string contentType, EncodingSource source)
    {
        _server.Page("/cafe", contentType, Windows1252);

        var input = await _links.FetchAsync(_server.Url("/cafe?utm=x").AbsoluteUri.Replace("?utm=x", "", StringComparison.Ordinal));
        var article = new ArticleDecoder().Decode(input);

        Assert.Equal("Café Müller closes", article.Title);
        Assert.Contains("Rents of more than €9,000 a month made the café’s pastries", article.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1252", article.Encoding?.Name);
        Assert.Equal(source, article.Encoding?.Source);
    }

    [Fact]
    public async Task FetchAsync_Input_RecordsTheLinkAndNamesThePathWithoutTheQuery()
    {
        _server.Redirect("/go?token=s3cret", "/story.md").Page("/story.md", "application/octet-stream", "# Harbour\n\nThe harbour reopened on Monday after a week of repairs to the quay.");

        var input = await _links.FetchAsync(_server.Url("/go?token=s3cret").AbsoluteUri);
        var article = new ArticleDecoder().Decode(input);

        Assert.Equal(_server.Url("/story.md").AbsoluteUri, input.SourceName);
        Assert.Equal(_server.Url("/go?token=s3cret").AbsoluteUri, input.Link!.Url);
        Assert.Equal(_server.Url("/story.md").AbsoluteUri, input.Link.FinalUrl);
        Assert.Equal(200, input.Link.Status);
        Assert.Equal("text/markdown", article.MediaType); // the path's extension decides when the type is generic
        Assert.Equal("Harbour", article.Title);
    }

    [Theory]
    [InlineData("application/json", "{\"url\": \"{LINK}\"}", "link.json")]
    [InlineData(null, "[InternetShortcut]\r\nURL={LINK}\r\n", "bookmark.url")]
    public async Task ResolveAsync_InputHoldingOnlyALink_IsThePageItLinksTo(string? contentType, string template, string name)
    {
        _server.Page("/linked", "text/plain", "The linked page has this sentence. It has another one too.");
        var document = Encoding.UTF8.GetBytes(template.Replace("{LINK}", _server.Url("/linked").AbsoluteUri, StringComparison.Ordinal));

        var input = await _links.ResolveAsync(new ArticleInput(document, name, contentType));

        Assert.Equal("The linked page has this sentence. It has another one too.", Encoding.UTF8.GetString(input.Content.Span));
        Assert.Equal(_server.Url("/linked").AbsoluteUri, input.Link?.Url);
    }

    [Fact]
    public async Task ResolveAsync_Article_IsLeftAlone()
    {
        var article = new ArticleInput(Encoding.UTF8.GetBytes("{\"url\": \"http://x.example/\", \"text\": \"An article that cites its source.\"}"), null, "application/json");

        Assert.Same(article, await _links.ResolveAsync(article));
        Assert.Empty(_server.Requests);
    }
}
