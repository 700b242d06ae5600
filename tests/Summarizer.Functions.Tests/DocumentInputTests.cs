using System.Text.Json;
using Summarizer.Core;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;
using Summarizer.Testing.Documents;

namespace Summarizer.Functions.Tests;

/// <summary>PDF and Word files through the HTTP endpoint and the blob trigger, against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DocumentInputTests(AzuriteFixture azurite)
{
    private const string PdfType = "application/pdf";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Title = "Harbour to dredge its silted channel";

    private static readonly string[] Paragraphs = TestArticles.Harbour.Split(". ").Select(s => s.TrimEnd('.') + ".").ToArray();

    public static TheoryData<string, string> Formats => new() { { PdfType, "pdf" }, { DocxType, "docx" } };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task SummarizeText_DocumentBody_Returns200WithTheDocumentsTitle(string contentType, string format)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Request("POST", "/api/summarize", Make(format), contentType), CancellationToken.None));

        Assert.Equal(200, response.Status);
        Assert.Equal(Title, response.Json.GetProperty("title").GetString());
        Assert.NotEmpty(response.Json.GetProperty("summary").GetString()!);
    }

    [Fact]
    public async Task SummarizeText_PdfWithoutContentType_IsRecognisedByItsBytes()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Request("POST", "/api/summarize", Make("pdf"), "application/octet-stream"), CancellationToken.None));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task SummarizeText_EncryptedPdf_Returns422WithEncryptedDocument()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Request("POST", "/api/summarize", EncryptedPdf.Bytes(), PdfType), CancellationToken.None));

        response.AssertProblem(422, ErrorCodes.EncryptedDocument);
    }

    [Fact]
    public async Task SummarizeText_ScannedPdf_Returns422WithNoTextLayer()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Request("POST", "/api/summarize", PdfArticleWriter.ScannedPage(), PdfType), CancellationToken.None));

        var problem = response.AssertProblem(422, ErrorCodes.NoTextLayer);
        Assert.Contains("OCR", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task SummarizeText_DocumentOverTheByteCap_Returns413(string contentType, string format)
    {
        var document = Make(format);
        var harness = await FunctionsHarness.CreateAsync(azurite, maxInputBytes: document.Length - 1);

        var response = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(
            HttpExchange.Request("POST", "/api/summarize", document, contentType), CancellationToken.None));

        response.AssertProblem(413, ErrorCodes.InputTooLarge);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task SummarizeArticle_UploadedDocument_WritesTheSummary(string contentType, string format)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var name = $"reports/harbour.{format}";
        await harness.Storage.UploadAsync(name, BinaryData.FromBytes(Make(format)), contentType);

        await harness.Trigger.SummarizeArticle(harness.ArticleBlob(name), CancellationToken.None);

        Assert.Equal([name + ".json", name + ".md"], await harness.Storage.SummaryBlobNamesAsync());
        var summary = await harness.Storage.SummariesContainer.GetBlobClient(name + ".json").DownloadContentAsync();
        using var json = JsonDocument.Parse(summary.Value.Content.ToMemory());
        Assert.Equal(Title, json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task SummarizeArticle_DecompressionBomb_WritesAnErrorRecord()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("bomb.docx", BinaryData.FromBytes(Bomb()), "application/octet-stream");

        await harness.Trigger.SummarizeArticle(harness.ArticleBlob("bomb.docx"), CancellationToken.None);

        Assert.Equal(["bomb.docx.json"], await harness.Storage.SummaryBlobNamesAsync());
        var error = await harness.Storage.SummariesContainer.GetBlobClient("bomb.docx.json").DownloadContentAsync();
        Assert.Contains(ErrorCodes.DecompressionLimit, error.Value.Content.ToString(), StringComparison.Ordinal);
    }

    private static byte[] Make(string format) => format == "pdf"
        ? new PdfArticleWriter().Write(Title, Paragraphs)
        : DocxArticleWriter.Article(Title, Paragraphs);

    private static byte[] Bomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            stream.Write(new byte[20_000_000]);
        }

        return buffer.ToArray();
    }
}
