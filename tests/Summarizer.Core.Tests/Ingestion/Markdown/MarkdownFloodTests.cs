using Summarizer.Core.Ingestion.Markdown;
using Summarizer.Testing.Documents;

namespace Summarizer.Core.Tests.Ingestion.Markdown;

/// <summary>
/// Markdown that makes Markdig's work grow faster than the text is refused by a linear scan before Markdig runs,
/// while nesting real documents use, and lines that only look like nesting, are read as before.
/// </summary>
public sealed class MarkdownFloodTests
{
    public static TheoryData<string, string> Floods => new()
    {
        { "a million list markers on one line", HostileFiles.Repeat("- ", 1_000_000) + "x" },
        { "ordered markers on one line", HostileFiles.Repeat("1. ", 200_000) + "x" },
        { "asterisk and plus markers", HostileFiles.Repeat("* + ", 100_000) + "x" },
        { "quotes and lists mixed", HostileFiles.Repeat("> - ", 100_000) + "x" },
        { "lists nested 2,000 levels by indentation", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- item\n")) },
        { "ordered lists nested by indentation", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 3 * i) + "1. item\n")) },
        { "lists nested by tabs", string.Concat(Enumerable.Range(0, 200).Select(i => new string('\t', i) + "- item\n")) },
    };

    [Theory]
    [MemberData(nameof(Floods))]
    public void Decode_NestingFlood_FailsWithDocumentTooComplex(string what, string markdown)
    {
        var error = Assert.Throws<SummarizerException>(() => new MarkdownDecoder().Decode(markdown));

        Assert.True(error.Code == ErrorCodes.DocumentTooComplex, $"{what}: {error.Code}");
        Assert.Contains("more than 32 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ListsThirtyLevelsDeep_AreRead()
    {
        var markdown = string.Concat(Enumerable.Range(0, 30).Select(i => new string(' ', 2 * i) + $"- level {i}\n"));

        var article = new MarkdownDecoder().Decode(markdown);

        Assert.Equal(string.Join("\n\n", Enumerable.Range(0, 30).Select(i => $"level {i}")), article.Text);
    }

    [Fact]
    public void Decode_ListsThatStepBackOutAgain_AreNotCountedAsNesting()
    {
        var levels = string.Concat(Enumerable.Range(0, 10).Select(i => new string(' ', 2 * i) + $"- item {i}\n"));

        var article = new MarkdownDecoder().Decode(string.Concat(Enumerable.Repeat(levels, 50)));

        Assert.Equal(500, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Decode_IndentedListsSeparatedByParagraphs_AreNotCountedAsNesting()
    {
        // Each paragraph closes the list before it, so every list here is one level deep whatever its indentation.
        var markdown = string.Concat(Enumerable.Range(0, 60).Select(i => $"Paragraph {i}.\n\n{new string(' ', i % 3)}- item {i}\n\n"));

        var article = new MarkdownDecoder().Decode(markdown);

        Assert.Contains("item 59", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_LineOfMarkersAlone_IsAThematicBreakNotNesting()
    {
        var markdown = "The council met on Monday.\n\n" + HostileFiles.Repeat("- ", 500) + "\n\nThe vote is next week.\n";

        var article = new MarkdownDecoder().Decode(markdown);

        Assert.Equal("The council met on Monday.\n\nThe vote is next week.", article.Text);
    }

    [Fact]
    public void Decode_MarkersInsideAFencedCodeBlock_CountLikeProse()
    {
        // The scan does not follow code fences (a fence it misread would let nesting through), so deep markers in code
        // are refused too; no real code block holds a line of 33 list markers.
        var markdown = "Intro.\n\n```\n" + HostileFiles.Repeat("- ", 40) + "x\n```\n";

        var error = Assert.Throws<SummarizerException>(() => new MarkdownDecoder().Decode(markdown));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
    }
}
