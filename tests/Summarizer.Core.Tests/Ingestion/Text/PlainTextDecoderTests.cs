using Summarizer.Core.Ingestion.Text;


namespace Summarizer.Core.Tests.Ingestion.Text;

public sealed class PlainTextDecoderTests
{
    public static TheoryData<string, string> Layouts => new()
    {
        // Hard-wrapped lines are unwrapped; blank lines separate paragraphs.
        { "The ferry left at noon.\nIt was full.", "The ferry left at noon. It was full." },
        { "First paragraph.\n\n\n\nSecond paragraph.", "First paragraph.\n\nSecond paragraph." },
        { "First paragraph.\n   \t \nSecond paragraph.", "First paragraph.\n\nSecond paragraph." },
        // Windows and classic Mac newlines.
        { "Line one\r\nline two.\r\n\r\nNext one.", "Line one line two.\n\nNext one." },
        { "Line one\rline two.\r\rNext one.", "Line one line two.\n\nNext one." },
        // Unicode line and paragraph separators, form feed and NEL.
        { "Line one\u2028line two.\u2029Next one.", "Line one line two.\n\nNext one." },
        { "Page one.\fPage two.", "Page one.\n\nPage two." },
        { "Line one\u0085line two.", "Line one line two." },
        // Whitespace folds inside a block and is trimmed at its edges.
        { "  Spaces   and\t\ttabs  fold.  ", "Spaces and tabs fold." },
        { "\n\n\nLeading and trailing blank lines.\n\n\n", "Leading and trailing blank lines." },
        // List items stay blocks of their own, without their markers.
        { "Bring:\n- a map\n* a torch\n+ water\n\u2022 a coat\n1. boots\n2) a hat", "Bring:\n\na map\n\na torch\n\nwater\n\na coat\n\nboots\n\na hat" },
        { "- A long item that wraps\n  onto a second line.\n- Next item.", "A long item that wraps onto a second line.\n\nNext item." },
        { "- Last item.\nBack to prose after the list.", "Last item.\n\nBack to prose after the list." },
        // Things that only look like list markers.
        { "Temperatures fell to\n-5 at night.", "Temperatures fell to -5 at night." },
        { "It happened in\n2024. Nobody forgot.", "It happened in 2024. Nobody forgot." },
        { "A lone dash\n- \nis not an item.", "A lone dash - is not an item." },
        // A short heading-like line before a blank line is its own block...
        { "The report ends here.\nWhat comes next\n\nThe council meets in May.", "The report ends here.\n\nWhat comes next\n\nThe council meets in May." },
        { "Results were mixed.\nChapter 2\n\nMore text.", "Results were mixed.\n\nChapter 2\n\nMore text." },
        // ...but not a wrapped line, a sentence, or a line that the paragraph continues after.
        { "The bridge closes to cars from\nnext spring\n\nMore text.", "The bridge closes to cars from next spring\n\nMore text." },
        { "The vote was close.\nNine to four.\n\nMore text.", "The vote was close. Nine to four.\n\nMore text." },
        { "The vote was close.\nNine To Four\nwere the numbers.", "The vote was close. Nine To Four were the numbers." },
    };

    public static TheoryData<string, string> Characters => new()
    {
        { "10\u00A0km and 5\u202Fkg", "10 km and 5 kg" },
        { "wide\u3000space and\u2003em space", "wide space and em space" },
        { "zero\u200Bwidth space", "zerowidth space" },
        { "co\u00ADoperate", "cooperate" },
        { "\uFEFFStray byte-order mark\uFEFF here", "Stray byte-order mark here" },
        { "bell\u0007 and escape\u001B[0m end", "bell and escape[0m end" },
        { "C1\u0080\u009F controls", "C1 controls" },
        { "left\u200Emark and \u202Aembedding\u202C", "leftmark and embedding" },
        { "joiner kept: \U0001F469\u200D\U0001F4BB and \u0646\u200C\u0647", "joiner kept: \U0001F469\u200D\U0001F4BB and \u0646\u200C\u0647" },
        { "cafe\u0301 and A\u030A", "caf\u00E9 and \u00C5" },
        { "emoji \U0001F30A stay", "emoji \U0001F30A stay" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Decode_Layout_GivesBlocks(string input, string expected)
    {
        var article = new PlainTextDecoder().Decode(input);

        Assert.Equal(expected, article.Text);
        Assert.Null(article.Title);
        Assert.Equal("text/plain", article.MediaType);
        IngestionFixtures.AssertCleanText(article.Text);
    }

    [Theory]
    [MemberData(nameof(Characters))]
    public void Decode_SpecialCharacters_AreCleaned(string input, string expected)
    {
        var text = new PlainTextDecoder().Decode(input).Text;

        Assert.Equal(expected, text);
        IngestionFixtures.AssertCleanText(text);
    }

    [Fact]
    public void Decode_LoneSurrogate_BecomesReplacementCharacter()
    {
        // Kept out of the theory data: test runners cannot always serialise a lone surrogate in a case name.
        var text = new PlainTextDecoder().Decode("lone" + '\uD800' + " surrogate and reversed " + '\uDC00' + '\uD800').Text;

        Assert.Equal("lone\uFFFD surrogate and reversed \uFFFD\uFFFD", text);
    }

    [Fact]
    public void Decode_WrappedNotice_MatchesGoldenFile()
    {
        var article = IngestionFixtures.Decode(IngestionFixtures.Read("wrapped-letter.txt"), "wrapped-letter.txt");

        Assert.Equal(IngestionFixtures.Read("wrapped-letter.expected.txt"), article.Text);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\u200B\u00A0\uFEFF")]
    [InlineData("\u0001\u0002")]
    public void Decode_NothingVisible_ThrowsEmptyInput(string input)
    {
        var error = Assert.Throws<SummarizerException>(() => new PlainTextDecoder().Decode(input));

        Assert.Equal(ErrorCodes.EmptyInput, error.Code);
    }

    [Fact]
    public void Decode_TwoMegabyteLineWithoutPunctuation_KeepsEveryWord()
    {
        var line = string.Concat(Enumerable.Repeat("word ", 400_000)).TrimEnd();

        var text = new PlainTextDecoder().Decode(line + "\n" + line).Text;

        Assert.Equal((line.Length * 2) + 1, text.Length);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public void Decode_ManyShortLines_EachHeadingLikeLineStaysSeparate()
    {
        var input = string.Concat(Enumerable.Repeat("Sentence one.\nShort title\n\n", 10_000));

        var text = new PlainTextDecoder().Decode(input).Text;

        Assert.Equal(20_000, text.Split("\n\n").Length);
    }
}
