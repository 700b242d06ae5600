using System.Text;

namespace Summarizer.Core.Tests.Ingestion.Html;

/// <summary>
/// The own HTML parser against AngleSharp's HTML5 parser, both feeding the same decoder: every test page in the
/// repository and a generated corpus of malformed markup must give the same body text and the same article, except
/// for the documented differences (<see cref="ParserDifferences"/>), which must still differ as documented.
/// </summary>
public sealed class HtmlParserParityTests
{
    public static TheoryData<string> FixturePages()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var pages = Directory.EnumerateFiles(root, "*.htm*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path))
            .Where(page => !ParserDifferences.Pages.ContainsKey(page))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(pages);
        return [.. pages];
    }

    [Theory]
    [MemberData(nameof(FixturePages))]
    public void Decode_TestPage_SameAsAngleSharp(string page)
    {
        // Read as UTF-8 whatever the page's charset: both parsers get the same string, and markup is ASCII.
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", page));

        Assert.Equal(ParserOutcome.AngleSharp(html), ParserOutcome.Own(html));
    }

    public static TheoryData<string> PagesWithDocumentedDifferences() => [.. ParserDifferences.Pages.Keys];

    /// <summary>A page left out of the comparison above still differs; when it stops, it goes back in.</summary>
    [Theory]
    [MemberData(nameof(PagesWithDocumentedDifferences))]
    public void Decode_TestPageWithDocumentedDifference_StillDiffers(string page)
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", page));

        Assert.NotEqual(ParserOutcome.AngleSharp(html).Article, ParserOutcome.Own(html).Article);
    }

    [Fact]
    public void Decode_EveryStandardElementInEveryContext_SameAsAngleSharp()
    {
        AssertSame(MalformedMarkupCorpus.EveryElementInEveryContext());
    }

    [Fact]
    public void Decode_NamedMalformedMarkup_SameAsAngleSharp()
    {
        AssertSame(MalformedMarkupCorpus.Named());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Decode_RandomMarkupStreams_SameAsAngleSharp(int seed)
    {
        AssertSame(MalformedMarkupCorpus.RandomStreams(400, seed));
    }

    public static TheoryData<string, string, string, string> DocumentedDifferences => ParserDifferences.All;

    [Theory]
    [MemberData(nameof(DocumentedDifferences))]
    public void Parse_DocumentedDifference_DiffersAsDocumented(string name, string html, string ownText, string angleSharpText)
    {
        Assert.NotEqual(ownText, angleSharpText);
        Assert.True(ownText == ParserOutcome.Own(html).BodyText, $"{name}: own parser");
        Assert.True(angleSharpText == ParserOutcome.AngleSharp(html).BodyText, $"{name}: AngleSharp");
    }

    private static void AssertSame(IEnumerable<(string Name, string Html)> cases)
    {
        var report = new StringBuilder();
        var differing = 0;
        var total = 0;
        foreach (var (name, html) in cases)
        {
            total++;
            var own = ParserOutcome.Own(html);
            var reference = ParserOutcome.AngleSharp(html);
            if (own != reference && differing++ < 10)
            {
                report.Append("--- ").Append(name).Append('\n').Append(html.Length > 400 ? html[..400] + "…" : html)
                    .Append("\n== own\n").Append(own).Append("\n== AngleSharp\n").Append(reference).Append("\n\n");
            }
        }

        Assert.True(differing == 0, $"{differing} of {total} cases differ from AngleSharp:\n{report}");
    }
}
