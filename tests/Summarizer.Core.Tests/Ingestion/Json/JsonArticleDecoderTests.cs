using Summarizer.Core.Ingestion.Json;


namespace Summarizer.Core.Tests.Ingestion.Json;

public sealed class JsonArticleDecoderTests
{
    public static TheoryData<string, string?, string> Articles => new()
    {
        { """{"title": "Dam opens", "text": "The dam opened today."}""", "Dam opens", "The dam opened today." },
        { """{"body": "Body field."}""", null, "Body field." },
        { """{"content": "Content field."}""", null, "Content field." },
        { """{"Title": "Pascal case", "Text": "Names match in any case."}""", "Pascal case", "Names match in any case." },
        // "text" wins over "body", which wins over "content", wherever they appear.
        { """{"content": "Third.", "body": "Second.", "text": "First."}""", null, "First." },
        // A field of the wrong kind is passed over for the next one.
        { """{"text": {"rendered": "x"}, "body": "The body."}""", null, "The body." },
        { """{"title": 42, "id": 7, "tags": ["a"], "text": "Other fields are ignored."}""", null, "Other fields are ignored." },
        // Escapes, paragraphs and wrapped lines follow the plain-text rules.
        { """{"text": "Caf\u00e9 line one\nline two.\n\nSecond \"paragraph\"."}""", null, "Café line one line two.\n\nSecond \"paragraph\"." },
        // Lenient about comments and trailing commas, which hand-written files often have.
        { "{\n  // exported by hand\n  \"title\": \"Comments\",\n  \"text\": \"Still read.\",\n}", "Comments", "Still read." },
        // HTML in the text field is read as HTML; the JSON title wins over the page's.
        { """{"title": "JSON title", "content": "<title>Page</title><p>First <b>para</b>.</p><script>x()</script><p>Second.</p>"}""", "JSON title", "First para.\n\nSecond." },
        { """{"content": "<p>Untitled page.</p>"}""", null, "Untitled page." },
    };

    public static TheoryData<string, string, string> Errors => new()
    {
        { """{"text": "unterminated""", ErrorCodes.InvalidJson, "not valid JSON" },
        { "{\"text\": \"a\",\n \"title\" 5}", ErrorCodes.InvalidJson, "line 2" },
        { """{"text": "bad \ud800 escape"}""", ErrorCodes.InvalidJson, "\"text\"" },
        { """["text", "body"]""", ErrorCodes.UnsupportedContent, "is an array" },
        { "\"just a string\"", ErrorCodes.UnsupportedContent, "is a string" },
        { """{"title": "No text", "summary": "Not one of the fields."}""", ErrorCodes.UnsupportedContent, "no \"text\", \"body\" or \"content\"" },
        { """{"text": 12}""", ErrorCodes.UnsupportedContent, "\"text\" is a number" },
        { """{"text": "   "}""", ErrorCodes.NoExtractableText, "\"text\" field is empty" },
        { """{"content": "<script>only()</script>"}""", ErrorCodes.NoExtractableText, "\"content\"" },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Decode_Article_ReadsTitleAndText(string json, string? expectedTitle, string expectedText)
    {
        var article = new JsonArticleDecoder().Decode(json);

        Assert.Equal(expectedTitle, article.Title);
        Assert.Equal(expectedText, article.Text);
        Assert.Equal("application/json", article.MediaType);
        IngestionFixtures.AssertCleanText(article.Text);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Decode_BadDocument_ThrowsWithClearMessage(string json, string expectedCode, string messagePart)
    {
        var error = Assert.Throws<SummarizerException>(() => new JsonArticleDecoder().Decode(json));

        Assert.Equal(expectedCode, error.Code);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }
}
