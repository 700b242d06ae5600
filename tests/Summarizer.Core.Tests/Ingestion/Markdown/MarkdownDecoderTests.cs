using Summarizer.Core.Ingestion.Markdown;


namespace Summarizer.Core.Tests.Ingestion.Markdown;

public sealed class MarkdownDecoderTests
{
    public static TheoryData<string, string?, string> Documents => new()
    {
        { "# The title\n\nThe body.", "The title", "The body." },
        { "The title\n=========\n\nThe body.", "The title", "The body." },
        { "# *Styled* `title`\n\nThe body.", "Styled title", "The body." },
        // The first heading is the title wherever it is; later headings are blocks.
        { "An opening paragraph.\n\n## First heading\n\nMore.\n\n## Second heading\n\nEnd.", "First heading", "An opening paragraph.\n\nMore.\n\nSecond heading\n\nEnd." },
        { "No heading at all.\nA soft break joins lines.", null, "No heading at all. A soft break joins lines." },
        { "---\ntitle: \"From front matter\"\ndate: 2026-01-01\n---\nThe body.", "From front matter", "The body." },
        { "---\ntitle: Front matter\n---\n# Heading wins\n\nThe body.", "Heading wins", "The body." },
        // Inline syntax goes, its text stays.
        { "See [the report](https://example.org/r) and <https://example.org>.", null, "See the report and https://example.org." },
        { "Some **bold**, _italic_ and ~~plain~~ words.", null, "Some bold, italic and ~~plain~~ words." },
        { "Run `dotnet test` first.", null, "Run dotnet test first." },
        { "Line one  \nline two\\\nline three.", null, "Line one line two line three." },
        { "Tom &amp; Jerry \\*not emphasis\\*.", null, "Tom & Jerry *not emphasis*." },
        { "![A photo](photo.jpg) The caption.", null, "The caption." },
        { "Text with <span>inline</span> HTML.", null, "Text with inline HTML." },
        // Block structure: list items, quotes and table cells are blocks; code and raw HTML blocks are dropped.
        { "* one\n* two\n\n1. three\n   continued\n2. four", null, "one\n\ntwo\n\nthree continued\n\nfour" },
        { "- outer\n  - inner", null, "outer\n\ninner" },
        { "> A quote\n> over two lines.", null, "A quote over two lines." },
        { "| a | b |\n|---|---|\n| 1 | 2 |", null, "a\n\nb\n\n1\n\n2" },
        { "Before.\n\n```js\nalert(1);\n```\n\n    indented code\n\nAfter.", null, "Before.\n\nAfter." },
        { "Before.\n\n<div>\nraw html\n</div>\n\n---\n\n[ref]: https://example.org\n\nAfter.", null, "Before.\n\nAfter." },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Decode_Document_GivesTitleAndBlocks(string markdown, string? expectedTitle, string expectedText)
    {
        var article = new MarkdownDecoder().Decode(markdown);

        Assert.Equal(expectedTitle, article.Title);
        Assert.Equal(expectedText, article.Text);
        Assert.Equal("text/markdown", article.MediaType);
        IngestionFixtures.AssertCleanText(article.Text);
    }

    [Fact]
    public void Decode_FieldNotes_MatchesGoldenFile()
    {
        var article = IngestionFixtures.Decode(IngestionFixtures.Read("field-notes.md"), "field-notes.md");

        Assert.Equal("Field notes from the salt marsh survey", article.Title);
        Assert.Equal(IngestionFixtures.Read("field-notes.expected.txt"), article.Text);
    }

    [Theory]
    [InlineData("```\nonly code\n```\n")]
    [InlineData("    indented code only\n")]
    [InlineData("# Only a title\n")]
    [InlineData("![just an image](a.png)\n\n<!-- a comment -->\n")]
    public void Decode_NoProse_ThrowsNoExtractableText(string markdown)
    {
        var error = Assert.Throws<SummarizerException>(() => new MarkdownDecoder().Decode(markdown));

        Assert.Equal(ErrorCodes.NoExtractableText, error.Code);
    }

    [Fact]
    public void Decode_QuotesNestedThirtyDeep_KeepsTheText()
    {
        var article = new MarkdownDecoder().Decode(new string('>', 30) + " deep text");

        Assert.Equal("deep text", article.Text);
    }

    [Fact]
    public void Decode_QuotesNestedThousandsDeep_ThrowsDocumentTooComplex()
    {
        var error = Assert.Throws<SummarizerException>(() => new MarkdownDecoder().Decode(new string('>', 20_000) + " deep text"));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
    }

    [Fact]
    public void Decode_RunawayParagraphOfUnclosedLinks_IsKeptAsLiteralText()
    {
        // Thousands of unclosed links make Markdig's inline parser quadratic; such a paragraph is read literally.
        var markdown = "# Title\n\nA normal [link](https://example.org) paragraph.\n\n" + string.Concat(Enumerable.Repeat("[a](", 50_000));

        var article = new MarkdownDecoder().Decode(markdown);

        Assert.StartsWith("A normal link paragraph.\n\n[a]([a](", article.Text, StringComparison.Ordinal);
        Assert.Equal((50_000 * 4) + "A normal link paragraph.\n\n".Length, article.Text.Length);
    }

    [Fact]
    public void Decode_LongListOfLinks_KeepsOnlyTheLinkTexts()
    {
        var markdown = string.Concat(Enumerable.Range(1, 2_000).Select(i => $"* [Story {i}](https://example.org/stories/{i}_{i})\n"));

        var article = new MarkdownDecoder().Decode(markdown);

        Assert.Equal(string.Join("\n\n", Enumerable.Range(1, 2_000).Select(i => $"Story {i}")), article.Text);
    }

    [Fact]
    public void Decode_LargeFencedCodeBlockFullOfBrackets_IsStillDropped()
    {
        var code = string.Concat(Enumerable.Repeat("items[i] = map[key] * scale_factor; // [note]\n", 3_000));
        var markdown = "Before.\n\n```csharp\n" + code + "```\n\nAfter.";

        var article = new MarkdownDecoder().Decode(markdown);

        Assert.Equal("Before.\n\nAfter.", article.Text);
    }
}
