using Summarizer.Core.Ingestion;
using Summarizer.Core.Ingestion.Html;


namespace Summarizer.Core.Tests.Ingestion.Html;

public sealed class HtmlDecoderTests
{
    public static TheoryData<string, string?> Titles => new()
    {
        { "<head><meta property='og:title' content='Open Graph'><title>Title tag</title></head><body><h1>Heading</h1><p>Text.</p></body>", "Open Graph" },
        { "<head><meta name='og:title' content='Named Open Graph'><title>Title tag</title></head><body><p>Text.</p></body>", "Named Open Graph" },
        { "<head><meta property='og:title' content='  '><title>Title tag</title></head><body><p>Text.</p></body>", "Title tag" },
        { "<head><title>\n  Title   tag \n</title></head><body><h1>Heading</h1><p>Text.</p></body>", "Title tag" },
        { "<body><nav><h1>Site name</h1></nav><h1>Heading <em>one</em></h1><h1>Heading two</h1><p>Text.</p></body>", "Heading one" },
        { "<body><p>Text without any title.</p></body>", null },
    };

    public static TheoryData<string, string> Bodies => new()
    {
        // <article> is preferred over the rest of the page, the largest one when there are several.
        { "<body><p>Sidebar teaser.</p><article><p>Story text.</p></article></body>", "Story text." },
        { "<body><article><p>Short teaser.</p></article><article><p>The real story, which is much longer.</p></article></body>", "The real story, which is much longer." },
        { "<body><article><p>Story.</p><article><p>A comment.</p></article></article></body>", "Story.\n\nA comment." },
        // Then <main> (or role=main), then the body.
        { "<body><div>Promo.</div><main><p>Main text.</p></main></body>", "Main text." },
        { "<body><div>Promo.</div><div role='main'><p>Main text.</p></div></body>", "Main text." },
        { "<body><div>First.</div><div>Second.</div></body>", "First.\n\nSecond." },
        // An empty <article> falls back to the body.
        { "<body><article><script>x()</script></article><p>Body text.</p></body>", "Body text." },
        // Page furniture is dropped.
        { "<body><nav>Menu</nav><header>Masthead</header><p>Kept.</p><aside>Aside</aside><footer>Footer</footer></body>", "Kept." },
        { "<body><p>Kept.</p><form><label>Name</label><button>Send</button></form><iframe>Frame</iframe><svg><text>Drawing</text></svg></body>", "Kept." },
        { "<body><p>Kept.</p><script>var a = '<p>no</p>';</script><style>p { color: red }</style><noscript>Turn on scripts</noscript><template><p>Later</p></template></body>", "Kept." },
        { "<body><p>Kept.</p><noframes><p>Frames are off</p></noframes><noembed><b>No plug-in</b></noembed></body>", "Kept." },
        // Hidden content is dropped, however it is hidden.
        { "<body><p>Kept.</p><p hidden>Hidden attribute.</p><p aria-hidden='TRUE'>Aria.</p></body>", "Kept." },
        { "<body><p>Kept.</p><p style='color:red; display : none'>Display none.</p><p style='visibility:hidden !important'>Invisible.</p></body>", "Kept." },
        { "<body><p style='display:block'>Shown.</p><p aria-hidden='false'>Also shown.</p></body>", "Shown.\n\nAlso shown." },
        // Blocks: paragraphs, headings, list items, quotes, table cells; inline elements flow.
        { "<body><h2>Heading</h2><p>A <b>bold</b> <a href='#'>link</a>.</p><ul><li>One</li><li>Two</li></ul><blockquote>Quote.</blockquote></body>", "Heading\n\nA bold link.\n\nOne\n\nTwo\n\nQuote." },
        { "<body><table><tr><th>Name</th><td>Value</td></tr></table></body>", "Name\n\nValue" },
        { "<body><p>Line one<br>line two.</p><p>Para one.<br><br>Para two.</p></body>", "Line one line two.\n\nPara one.\n\nPara two." },
        // Entities and whitespace.
        { "<body><p>Caf&eacute; &amp; bar &#8212; &#x263A; &lt;tag&gt; 5&nbsp;km</p></body>", "Café & bar — ☺ <tag> 5 km" },
        { "<body><p>\n   Spread\n   over\t lines   </p></body>", "Spread over lines" },
        { "Just text, no tags at all.", "Just text, no tags at all." },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Decode_Page_TakesTitleInOrderOgTitleTitleH1(string html, string? expectedTitle)
    {
        var article = new HtmlDecoder().Decode(html);

        Assert.Equal(expectedTitle, article.Title);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Decode_Page_ExtractsMainContent(string html, string expectedText)
    {
        var article = new HtmlDecoder().Decode(html);

        Assert.Equal(expectedText, article.Text);
        Assert.Equal("text/html", article.MediaType);
        IngestionFixtures.AssertCleanText(article.Text);
    }

    [Fact]
    public void Decode_NewsPage_MatchesGoldenFile()
    {
        var article = IngestionFixtures.Decode(IngestionFixtures.Read("news-page.html"), "news-page.html");

        Assert.Equal("Ferry service returns to Lake Orran after 30 years", article.Title);
        Assert.Equal(IngestionFixtures.Read("news-page.expected.txt"), article.Text);
    }

    [Fact]
    public void Decode_HeadingRepeatsTitle_IsNotRepeatedInText()
    {
        const string Html = "<title>Bridge closes</title><article><h1>Bridge closes</h1><p>The bridge closed today.</p></article>";

        var article = new HtmlDecoder().Decode(Html);

        Assert.Equal("Bridge closes", article.Title);
        Assert.Equal("The bridge closed today.", article.Text);
    }

    [Theory]
    [InlineData("<html><head><script>a()</script></head><body><script>b()</script><style>p{}</style></body></html>")]
    [InlineData("<body><nav>Menu</nav><footer>Footer</footer><div hidden>Secret</div></body>")]
    [InlineData("<body><!-- only a comment --></body>")]
    public void Decode_NoVisibleText_ThrowsNoExtractableText(string html)
    {
        var error = Assert.Throws<SummarizerException>(() => new HtmlDecoder().Decode(html));

        Assert.Equal(ErrorCodes.NoExtractableText, error.Code);
    }

    [Fact]
    public void Decode_ElementsNestedThreeHundredDeep_KeepsTheText()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 150)) + "deep text" + string.Concat(Enumerable.Repeat("</span></div>", 150));

        var article = new HtmlDecoder().Decode(html);

        Assert.Equal("deep text", article.Text);
    }

    [Theory]
    [InlineData("<div>", 20_000)]
    [InlineData("<b><i>", 5_000)]
    [InlineData("<div></span>", 1_000)]
    [InlineData("<section></p></li>", 1_000)]
    public void Decode_NestedThousandsDeep_ThrowsDocumentTooComplex(string repeated, int times)
    {
        var html = "<p>Text.</p>" + string.Concat(Enumerable.Repeat(repeated, times));

        var error = Assert.Throws<SummarizerException>(() => new HtmlDecoder().Decode(html));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
        Assert.Contains("nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ManyFlatElementsScriptsAndSelfClosingTags_AreNotMistakenForNesting()
    {
        var html = "<script>for (i = 0; i<n; i++) { if (a<b) x(); }".PadRight(200, ' ') + "</script>"
            + string.Concat(Enumerable.Repeat("<script>if (a<b && c<d) go();</script><!-- <div> -->", 600))
            + "<svg>" + string.Concat(Enumerable.Repeat("<path d='M0 0'/>", 600)) + "</svg>"
            + string.Concat(Enumerable.Repeat("<p>Para<br><img src=x.png><li>item<td>cell", 600))
            + "<p>Last paragraph.</p>";

        var article = new HtmlDecoder().Decode(html);

        Assert.EndsWith("Last paragraph.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ManyThreadsAtOnce_GiveTheSameResultsAsOneThread()
    {
        var pages = Enumerable.Range(0, 16)
            .Select(i => $"<title>Page {i}</title><article><p>Paragraph {i}.</p><p>{new string('x', i * 10)}</p></article>")
            .ToArray();
        var decoder = new ArticleDecoder();
        var expected = pages.Select(page => IngestionFixtures.Decode(page, "page.html")).ToArray();

        var results = new Article[pages.Length * 20];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = decoder.Decode(new ArticleInput(System.Text.Encoding.UTF8.GetBytes(pages[i % pages.Length]), "page.html")));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % pages.Length], results[i]);
        }
    }
}
