using System.Text;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Core.Documents;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Documents;

public sealed class SummaryDocumentTests
{
    private const string Article = """
        The museum reopened on Monday after a two-year renovation. Visitors queued for an hour to see the new galleries.

        The renovation cost 12 million euros. Most of the money came from a national heritage fund. The director said the building is now ready for another century.
        """;

    [Fact]
    public async Task Process_SameInputTwice_GivesByteIdenticalJson()
    {
        var first = await ProcessAsync(Article);
        var second = await ProcessAsync(Article);

        Assert.Equal(SummaryDocumentSerializer.ToJson(first), SummaryDocumentSerializer.ToJson(second));
    }

    [Fact]
    public async Task Process_RecordsSourceHashLengthAndCreatedAt()
    {
        var bytes = Encoding.UTF8.GetBytes(Article);

        var document = await ProcessAsync(Article);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), document.Source.Sha256);
        Assert.Equal(bytes.Length, document.Source.Length);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), document.CreatedAt);
    }

    [Fact]
    public async Task Process_LegacyPage_RecordsTheEncodingAndWhereItCameFrom()
    {
        var page = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + Article.Replace("euros", "€", StringComparison.Ordinal) + "</p></body></html>";
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var processor = new ArticleProcessor(new ArticleDecoder(), new ExtractiveSummarizer(), clock);
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(page);

        var document = await processor.ProcessAsync(new ArticleInput(bytes, "museum.html"), SummaryOptions.Default);
        using var json = System.Text.Json.JsonDocument.Parse(SummaryDocumentSerializer.ToJson(document));

        var source = json.RootElement.GetProperty("source");
        Assert.Equal("windows-1252", source.GetProperty("encoding").GetString());
        Assert.Equal("meta", source.GetProperty("encodingSource").GetString());
        Assert.Contains("12 million €", string.Join(' ', document.KeySentences.Select(k => k.Text)), StringComparison.Ordinal);
        Assert.Equal(document.Source, SummaryDocumentSerializer.FromJson(Encoding.UTF8.GetBytes(json.RootElement.GetRawText())).Source);
    }

    [Fact]
    public async Task Process_TextWithoutDeclaration_SaysTheEncodingWasInferred()
    {
        var document = await ProcessAsync(Article);

        Assert.Equal("utf-8", document.Source.Encoding);
        Assert.Equal(Summarizer.Core.Ingestion.Charsets.EncodingSource.Inferred, document.Source.EncodingSource);
    }

    [Fact]
    public async Task Json_EscapesMarkupButKeepsLettersOfEveryScriptReadable()
    {
        var document = await ProcessAsync(
            "Halden & Price said the <script>alert(1)</script> café's \"roof\" <img src=x onerror=alert(2)> had failed in 北京. "
            + "The town's museum will reopen in May after repairs to the roof.");

        var json = SummaryDocumentSerializer.ToJson(document);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        Assert.DoesNotContain("'", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", json, StringComparison.Ordinal);
        Assert.Contains("Halden \\u0026 Price", json, StringComparison.Ordinal);
        Assert.Contains("café", json, StringComparison.Ordinal);
        Assert.Contains("北京", json, StringComparison.Ordinal);
        Assert.Equal(document.Summary, SummaryDocumentSerializer.FromJson(Encoding.UTF8.GetBytes(json)).Summary);
    }

    [Fact]
    public async Task Json_RoundTrips()
    {
        var document = await ProcessAsync(Article);

        var parsed = SummaryDocumentSerializer.FromJson(SummaryDocumentSerializer.ToUtf8Bytes(document));

        Assert.Equal(SummaryDocumentSerializer.ToJson(document), SummaryDocumentSerializer.ToJson(parsed));
    }

    [Fact]
    public async Task KeySentenceOffsets_PointIntoCleanedText()
    {
        var decoder = new ArticleDecoder();
        var cleaned = decoder.Decode(new ArticleInput(Encoding.UTF8.GetBytes(Article))).Text;

        var document = await ProcessAsync(Article);

        Assert.NotEmpty(document.KeySentences);
        Assert.All(document.KeySentences, k => Assert.Equal(k.Text, cleaned.Substring(k.Offset, k.Length)));
    }

    [Fact]
    public async Task Markdown_ContainsTitleSummaryAndEscapesMarkup()
    {
        var document = await ProcessAsync("Prices rose by *5%* in [March]. Nothing else changed this month.");

        var markdown = MarkdownRenderer.Render(document);

        Assert.StartsWith("# article.txt\n", markdown);
        Assert.Contains(@"\*5%\*", markdown);
        Assert.Contains(@"\[March\]", markdown);
    }

    private static Task<SummaryDocument> ProcessAsync(string text)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var processor = new ArticleProcessor(new ArticleDecoder(), new ExtractiveSummarizer(), clock);
        return processor.ProcessAsync(new ArticleInput(Encoding.UTF8.GetBytes(text), "article.txt"), SummaryOptions.Default);
    }
}
