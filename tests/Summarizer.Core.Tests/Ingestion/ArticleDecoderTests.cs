using System.Text;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Ingestion;

public sealed class ArticleDecoderTests
{
    private const string Plain = "# Not a heading in plain text.";
    private const string Markdown = "# A heading\n\nMarkdown body.";
    private const string Html = "<p>HTML body.</p>";
    private const string Json = """{"text": "JSON body."}""";

    public static TheoryData<string?, string?, string, string> Routes => new()
    {
        // By extension when no content type is given.
        { "a.txt", null, Plain, "text/plain" },
        { "a.text", null, Plain, "text/plain" },
        { "a.md", null, Markdown, "text/markdown" },
        { "A.MARKDOWN", null, Markdown, "text/markdown" },
        { "a.html", null, Html, "text/html" },
        { "folder/a.htm", null, Html, "text/html" },
        { "a.json", null, Json, "application/json" },
        { "https://example.org/a.html?sig=abc#top", null, Html, "text/html" },
        // By content type, which wins over the extension; parameters are ignored.
        { null, "text/html; charset=utf-8", Html, "text/html" },
        { "a.txt", "TEXT/HTML", Html, "text/html" },
        { null, "text/markdown", Markdown, "text/markdown" },
        { null, "text/x-markdown", Markdown, "text/markdown" },
        { null, "application/xhtml+xml", Html, "text/html" },
        { null, "application/json", Json, "application/json" },
        { null, "application/ld+json; charset=utf-8", Json, "application/json" },
        // text/plain is plain even when the extension says otherwise.
        { "a.md", "text/plain", Plain, "text/plain" },
        // Generic content types defer to the extension.
        { "a.md", "application/octet-stream", Markdown, "text/markdown" },
        { "a.json", "binary/octet-stream", Json, "application/json" },
        // Other text types are read as plain text unless the extension names a format.
        { "a.csv", "text/csv", "a,b\n1,2", "text/plain" },
        { "a.html", "application/x-unknown", Html, "text/html" },
        // No useful name or type: an HTML page is recognised, anything else is plain text.
        { "stdin", null, "<!DOCTYPE html><p>HTML body.</p>", "text/html" },
        { null, null, "  <html><body><p>HTML body.</p></body></html>", "text/html" },
        { "notes", null, "<b>Not</b> a page.", "text/plain" },
        { null, "application/octet-stream", Plain, "text/plain" },
    };

    public static TheoryData<string, byte[]> Encodings
    {
        get
        {
            const string Text = "Zoë’s café: 20 °C — naïve 😀.";
            var data = new TheoryData<string, byte[]>
            {
                { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Text) },
            };
            foreach (var (name, encoding) in new (string, Encoding)[]
            {
                ("UTF-8", new UTF8Encoding(true)),
                ("UTF-16 LE", new UnicodeEncoding(false, true)),
                ("UTF-16 BE", new UnicodeEncoding(true, true)),
                ("UTF-32 LE", new UTF32Encoding(false, true)),
                ("UTF-32 BE", new UTF32Encoding(true, true)),
            })
            {
                data.Add(name, [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)]);
            }

            return data;
        }
    }

    public static TheoryData<string, string?, byte[], string> Refusals => new()
    {
        { "zero bytes", "a.txt", [], ErrorCodes.EmptyInput },
        { "only whitespace", "a.txt", Encoding.UTF8.GetBytes(" \r\n\t \n"), ErrorCodes.EmptyInput },
        { "only invisible characters", "a.txt", Encoding.UTF8.GetBytes("\u200B\u00A0\u2060"), ErrorCodes.EmptyInput },
        { "only a byte-order mark", "a.txt", [0xEF, 0xBB, 0xBF], ErrorCodes.EmptyInput },
        { "whitespace HTML", "a.html", Encoding.UTF8.GetBytes("  \n "), ErrorCodes.EmptyInput },
        { "neither UTF-8 nor Latin-script windows-1252", "a.txt", [(byte)'o', (byte)'k', (byte)' ', 0xC0, 0xE1, 0xF2, 0xE4], ErrorCodes.InvalidEncoding },
        { "odd-length UTF-16, half undecodable", "a.txt", [0xFF, 0xFE, (byte)'a', 0, (byte)'b'], ErrorCodes.InvalidEncoding },
        { "unpaired UTF-16 surrogate, half undecodable", "a.txt", [0xFF, 0xFE, 0x00, 0xD8, (byte)'a', 0], ErrorCodes.InvalidEncoding },
        { "UTF-32 beyond Unicode", "a.txt", [0xFF, 0xFE, 0, 0, 0x00, 0x00, 0x11, 0x00], ErrorCodes.InvalidEncoding },
        { "a third NUL bytes", "a.txt", [(byte)'a', 0, (byte)'b'], ErrorCodes.UnsupportedContent },
        { "UTF-16 without BOM", "a.txt", Encoding.Unicode.GetBytes("Hello"), ErrorCodes.UnsupportedContent },
        { "PDF with no body", "a.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%binary"), ErrorCodes.MalformedDocument },
        { "unsupported content type", null, Encoding.UTF8.GetBytes("Looks like text."), ErrorCodes.UnsupportedContent },
        { "HTML with only scripts", "a.html", Encoding.UTF8.GetBytes("<script>go()</script><style>p{}</style>"), ErrorCodes.NoExtractableText },
        { "Markdown with only code", "a.md", Encoding.UTF8.GetBytes("```\ncode();\n```"), ErrorCodes.NoExtractableText },
        { "broken JSON", "a.json", Encoding.UTF8.GetBytes("{\"text\": "), ErrorCodes.InvalidJson },
        { "JSON without text", "a.json", Encoding.UTF8.GetBytes("{\"title\": \"Only a title\"}"), ErrorCodes.UnsupportedContent },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void Decode_ContentTypeAndName_PickTheDecoder(string? sourceName, string? contentType, string content, string expectedMediaType)
    {
        var article = IngestionFixtures.Decode(content, sourceName, contentType);

        Assert.Equal(expectedMediaType, article.MediaType);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_AnySupportedEncoding_GivesTheSameText(string encoding, byte[] bytes)
    {
        var article = new ArticleDecoder().Decode(new ArticleInput(bytes, "a.txt"));

        Assert.True(article.Text == "Zoë’s café: 20 °C — naïve 😀.", $"{encoding} decoded to '{article.Text}'");
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Decode_BadInput_ThrowsPermanentErrorWithStableCode(string scenario, string? sourceName, byte[] bytes, string expectedCode)
    {
        var contentType = scenario == "unsupported content type" ? "image/png" : null;

        var error = Assert.Throws<SummarizerException>(() => new ArticleDecoder().Decode(new ArticleInput(bytes, sourceName, contentType)));

        Assert.Equal(expectedCode, error.Code);
        Assert.False(error.IsTransient);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Decode_UndecodableBytes_NamesTheOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("Fine text, then ").Concat(new byte[] { 0xFF, 0xFE, 0xFD }).ToArray();

        var error = Assert.Throws<SummarizerException>(() => new ArticleDecoder().Decode(new ArticleInput(bytes, "a.txt")));

        Assert.Contains("offset 16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OverTheLimit_RefusesBeforeLookingAtTheBytes()
    {
        var decoder = new ArticleDecoder(new IngestionOptions { MaxInputBytes = 8 });
        byte[] invalidAndLarge = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];

        var error = Assert.Throws<SummarizerException>(() => decoder.Decode(new ArticleInput(invalidAndLarge, "a.txt")));

        Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
        Assert.Contains("9 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ExactlyAtTheLimit_IsAccepted()
    {
        var decoder = new ArticleDecoder(new IngestionOptions { MaxInputBytes = 8 });

        var article = decoder.Decode(new ArticleInput("Eight b."u8.ToArray(), "a.txt"));

        Assert.Equal("Eight b.", article.Text);
    }

    [Fact]
    public void Decode_DefaultLimit_IsFiveMegabytes()
    {
        var bytes = new byte[(5 * 1024 * 1024) + 1];
        bytes.AsSpan().Fill((byte)'a');

        var error = Assert.Throws<SummarizerException>(() => new ArticleDecoder().Decode(new ArticleInput(bytes)));

        Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
    }

    [Fact]
    public void Decode_TenMegabytesWithRaisedLimit_KeepsEveryParagraph()
    {
        var paragraph = "The river rose by two metres overnight and the council opened the flood gates at dawn.\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, (10 * 1024 * 1024) / paragraph.Length));
        var decoder = new ArticleDecoder(new IngestionOptions { MaxInputBytes = 16 * 1024 * 1024 });

        var article = decoder.Decode(new ArticleInput(Encoding.UTF8.GetBytes(text), "big.txt"));

        Assert.Equal(text.TrimEnd('\n'), article.Text);
    }
}
