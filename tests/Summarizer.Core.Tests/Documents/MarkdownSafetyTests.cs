using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Core.Documents;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Documents;

/// <summary>
/// The Markdown rendering is read by people and by whatever renders Markdown for them: CommonMark, GitHub-flavoured
/// Markdown, or Markdig with every extension on. Article text in it must stay text under each: no raw HTML, no
/// attributes, no images, no links, no tables, no emphasis the article did not have.
/// </summary>
public sealed class MarkdownSafetyTests
{
    public static TheoryData<string> HostileTexts() =>
    [
        "# Budget {onmouseover=alert(7)}",
        "Budget {#main .x onclick=alert(1)}",
        "<script>alert(1)</script> and <img src=x onerror=alert(2)>",
        "![chart](http://evil.example/x.png) and [click](javascript:alert(3))",
        "Visit www.evil.example or http://evil.example/path or mailto:a@evil.example now.",
        "Price ~~falls~~ to H~2~O and x^2^ with ++added++ and ==marked== text.",
        "Cost $x^2$ and $$y$$ in total.",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "Term\n: definition",
        "::: warning\nbox\n:::",
        "1. first item",
        "- dash item",
        "+ plus item",
        "    indented code",
        "Heading\n===",
        "Text [^1] with a footnote.\n\n[^1]: Note http://evil.example",
        "*[HTML]: Hyper Text",
        "He quoted \"\"a citation\"\" here.",
        "^^^ figure",
        "&lt;b&gt;bold&lt;/b&gt; &#60;i&#62;",
        "Path C:\\temp\\` code `",
        "- [ ] task",
        "[ref]: http://evil.example",
    ];

    public static TheoryData<string> Pipelines() => ["commonmark", "gfm", "advanced"];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task Render_HostileArticleText_StaysTextUnderEveryMarkdownDialect(string hostile)
    {
        var document = await HostileDocumentAsync(hostile);
        var markdown = MarkdownRenderer.Render(document);

        foreach (var pipeline in new[] { "commonmark", "gfm", "advanced" })
        {
            var html = Markdown.ToHtml(markdown, Pipeline(pipeline));
            var body = new HtmlParser().ParseDocument(html).Body!;

            foreach (var element in body.Descendants<IElement>())
            {
                var tag = element.LocalName;
                Assert.True(AllowedTags.Contains(tag), $"{pipeline}: <{tag}> from {Show(hostile)}\n{html}");
                foreach (var attribute in element.Attributes)
                {
                    // Markdig's auto-identifiers give every heading an id derived from its text; nothing else may appear.
                    Assert.True(attribute.Name == "id" && tag is "h1" or "h2", $"{pipeline}: {tag} {attribute.Name}=\"{attribute.Value}\" from {Show(hostile)}\n{html}");
                }
            }

            Assert.Equal(2, body.QuerySelectorAll("h2").Length); // key points and key phrases, nothing more
            Assert.Single(body.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public async Task Render_AttributeSyntaxInTitle_ReadsAsWrittenUnderAdvancedExtensions()
    {
        var document = await HostileDocumentAsync("# Budget {onmouseover=alert(7)}");

        var html = Markdown.ToHtml(MarkdownRenderer.Render(document), Pipeline("advanced"));
        var heading = new HtmlParser().ParseDocument(html).QuerySelector("h1")!;

        Assert.Equal("# Budget {onmouseover=alert(7)}", heading.TextContent);
        Assert.Null(heading.GetAttribute("onmouseover"));
    }

    [Fact]
    public async Task Render_OrdinaryProse_KeepsPunctuationReadable()
    {
        var document = await HostileDocumentAsync("The café's roof, said Ms. Price: \"It failed.\" Costs rose 5% in 2024-25.");

        var markdown = MarkdownRenderer.Render(document);

        Assert.Contains("The café's roof, said Ms. Price: \"It failed.\" Costs rose 5% in 2024-25.", markdown, StringComparison.Ordinal);
    }

    private static readonly HashSet<string> AllowedTags = new(StringComparer.Ordinal) { "h1", "h2", "p", "ul", "li", "hr", "em" };

    private static MarkdownPipeline Pipeline(string name) => name switch
    {
        "commonmark" => new MarkdownPipelineBuilder().Build(),
        // What GitHub adds to CommonMark: tables, strikethrough, autolinks, task lists (raw HTML stays allowed).
        "gfm" => new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().UseTaskLists().Build(),
        "advanced" => new MarkdownPipelineBuilder().UseAdvancedExtensions().Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Show(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);

    // A real document, with the hostile text put everywhere article text can land.
    private static async Task<SummaryDocument> HostileDocumentAsync(string hostile)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var processor = new ArticleProcessor(new ArticleDecoder(), new ExtractiveSummarizer(), clock);
        var document = await processor.ProcessAsync(new ArticleInput(Encoding.UTF8.GetBytes(
            "The council met on Monday. It approved the budget. The vote was close."), "article.txt"), SummaryOptions.Default);
        return document with
        {
            Title = hostile,
            Summary = hostile,
            SummarySentences = [hostile],
            KeyPoints = [hostile, "Second point " + hostile],
            KeyPhrases = [new KeyPhrase(hostile, 1), new KeyPhrase("budget", 0.5)],
            Engine = document.Engine with { FallbackReason = hostile },
        };
    }
}
