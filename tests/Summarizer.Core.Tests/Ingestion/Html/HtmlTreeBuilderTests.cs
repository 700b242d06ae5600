using Summarizer.Core.Ingestion.Html.Parsing;

using static Summarizer.Core.Tests.Ingestion.Html.HtmlTreeText;

namespace Summarizer.Core.Tests.Ingestion.Html;

public sealed class HtmlTreeBuilderTests
{
    [Theory]
    [InlineData("<p>one<div>two</div>", "body[p[\"one\"] div[\"two\"]]")]
    [InlineData("<p>one<p>two", "body[p[\"one\"] p[\"two\"]]")]
    [InlineData("<p>one<ul><li>two</ul>", "body[p[\"one\"] ul[li[\"two\"]]]")]
    [InlineData("<h1>one<h2>two", "body[h1[\"one\"] h2[\"two\"]]")]
    [InlineData("<ul><li>one<li>two<li><p>three</ul>", "body[ul[li[\"one\"] li[\"two\"] li[p[\"three\"]]]]")]
    [InlineData("<ul><li>one<ul><li>inner</ul><li>two</ul>", "body[ul[li[\"one\" ul[li[\"inner\"]]] li[\"two\"]]]")]
    [InlineData("<dl><dt>term<dd>meaning<dt>next</dl>", "body[dl[dt[\"term\"] dd[\"meaning\"] dt[\"next\"]]]")]
    [InlineData("<select><option>one<option>two</select>", "body[select[option[\"one\"] option[\"two\"]]]")]
    public void Parse_ElementsWithOptionalEndTags_AreClosedByWhatFollows(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }

    [Theory]
    [InlineData("<table><tr><td>a<td>b<tr><th>c</table>", "body[table[tbody[tr[td[\"a\"] td[\"b\"]] tr[th[\"c\"]]]]]")]
    [InlineData("<table><td>a</table>after", "body[table[tbody[tr[td[\"a\"]]]] \"after\"]")]
    [InlineData("<table><thead><tr><th>h<tbody><tr><td>d</table>", "body[table[thead[tr[th[\"h\"]]] tbody[tr[td[\"d\"]]]]]")]
    [InlineData("<table><tr><td><div>open<td>next</table>", "body[table[tbody[tr[td[div[\"open\"]] td[\"next\"]]]]]")]
    [InlineData("<table><tr><td><table><tr><td>inner</table>outer</table>", "body[table[tbody[tr[td[table[tbody[tr[td[\"inner\"]]]] \"outer\"]]]]]")]
    public void Parse_Tables_ImplyBodiesAndRowsAndCloseCellsAtTheNextCell(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }

    [Fact]
    public void Parse_TablePartsOutsideATable_AreIgnored()
    {
        Assert.Equal("body[\"one\" \"two\"]", Body("<td>one</td><tr>two"));
    }

    [Fact]
    public void Parse_PageWithoutHeadOrBody_PutsMetadataInTheHeadAndTextInAnImpliedBody()
    {
        var document = HtmlTreeBuilder.Parse("<title>A &amp; B</title><meta property=og:title content='Og &amp; title'>Hello <b>world</b>");

        Assert.Equal("A & B", document.Title);
        Assert.Equal("head[title[\"A & B\"] meta]", Describe(document.Head));
        Assert.Equal("Og & title", ((HtmlElement)document.Head.ChildNodes[1]).GetAttribute("content"));
        Assert.Equal("body[\"Hello \" b[\"world\"]]", Describe(document.Body));
    }

    [Fact]
    public void Parse_ScriptsAndStyles_AreRawTextWhoseMarkupOpensNothing()
    {
        const string html = "<p>before<script>if (a<b) x('</p><div>');</script><style>p>b{color:red}</style>after";

        Assert.Equal("body[p[\"before\" script style \"after\"]]", Body(html));
    }

    [Fact]
    public void Parse_ScriptEndTag_IsFoundInAnyCaseWithAttributesOrSpace()
    {
        Assert.Equal("body[p[script \"after\"]]", Body("<p><script>x = '</scripts>'</SCRIPT \n>after"));
    }

    [Fact]
    public void Parse_TitleAndTextArea_DecodeReferencesButOpenNoTags()
    {
        Assert.Equal("body[textarea[\"<b>&</b>\"]]", Body("<textarea>&lt;b&gt;&amp;</b></textarea>"));
    }

    [Fact]
    public void Parse_StrayEndTags_AreIgnored()
    {
        Assert.Equal("body[div[\"one\" \"two\"] \"three\"]", Body("<div>one</span></em>two</div></div></section>three"));
    }

    [Fact]
    public void Parse_EndTagOfAnInlineElement_DoesNotCloseTheBlockItSitsIn()
    {
        Assert.Equal("body[div[span[\"one\" p[\"two\"] \"three\"]]]", Body("<div><span>one<p>two</span></p>three</div>"));
    }

    [Fact]
    public void Parse_LinkClosedInsideABlock_EndsTheLinkButNotTheBlock()
    {
        var body = HtmlTreeBuilder.Parse("<a class=x>link<div>inside</a>after</div>").Body;

        Assert.Equal("body[a[\"link\"] div[a[\"inside\"] \"after\"]]", Describe(body));
        var copy = (HtmlElement)((HtmlElement)body.ChildNodes[1]).ChildNodes[0];
        Assert.Equal("x", copy.GetAttribute("class"));
    }

    [Fact]
    public void Parse_LinkInsideALink_ClosesTheFirst()
    {
        Assert.Equal("body[a[\"one\"] a[\"two\"]]", Body("<a href=1>one<a href=2>two"));
    }

    [Fact]
    public void Parse_MisnestedFormatting_ClosesAtTheEndTag()
    {
        Assert.Equal("body[b[\"bold\" i[\"both\"]] \"plain\"]", Body("<b>bold<i>both</b>plain</i>"));
    }

    [Fact]
    public void Parse_AttributesUnquotedUppercaseAndRepeated_AreReadAsBrowsersDo()
    {
        var body = HtmlTreeBuilder.Parse("<DIV CLASS=story ID='main' data-x=\"a > b\" hidden title=a&amp;b class=second>text</DIV>").Body;

        var div = Assert.IsType<HtmlElement>(Assert.Single(body.ChildNodes));
        Assert.Equal("div", div.Name);
        Assert.Equal("story", div.GetAttribute("class"));
        Assert.Equal("main", div.GetAttribute("id"));
        Assert.Equal("a > b", div.GetAttribute("data-x"));
        Assert.Equal("a&b", div.GetAttribute("title"));
        Assert.True(div.HasAttribute("hidden"));
        Assert.Null(div.GetAttribute("style"));
        Assert.Equal("text", div.TextContent);
    }

    [Fact]
    public void Parse_KeptAttributes_LeavesTheOthersOut()
    {
        var kept = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["class", .. HtmlTreeBuilder.OwnAttributes]);

        var div = (HtmlElement)HtmlTreeBuilder.Parse("<div CLASS=a href=b data-c=d>x</div>", kept).Body.ChildNodes[0];

        Assert.Equal([new HtmlAttribute("class", "a")], div.Attributes);
    }

    [Fact]
    public void Parse_CommentsDoctypesAndCData_AreNotText()
    {
        const string html = "<!DOCTYPE html><p>a<!-- <div>not</div> -->b<!---->c<![CDATA[x]]>d<?php echo 1 ?>e<!-- open";

        Assert.Equal("body[p[\"a\" \"b\" \"c\" \"d\" \"e\"]]", Body(html));
    }

    [Fact]
    public void Parse_CDataInsideSvg_IsText()
    {
        Assert.Equal("body[svg[text[\"x<y\"]] \"after\"]", Body("<svg><text><![CDATA[x<y]]></text></svg>after"));
    }

    [Fact]
    public void Parse_SelfClosingTags_CountOnlyInsideSvgAndMath()
    {
        Assert.Equal("body[div[\"inside\"]]", Body("<div/>inside"));
        Assert.Equal("body[svg[path path] \"after\"]", Body("<svg><path d='M0 0'/><path/></svg>after"));
    }

    [Fact]
    public void Parse_SvgLeftOpen_EndsAtTheNextParagraph()
    {
        Assert.Equal("body[svg[g] p[\"text\"]]", Body("<svg><g><p>text"));
    }

    [Fact]
    public void Parse_LineBreaks_AreEmptyElementsAndAStrayEndTagIsOneToo()
    {
        Assert.Equal("body[p[\"one\" br \"two\" br \"three\"]]", Body("<p>one<br>two</br>three</p>"));
    }

    [Fact]
    public void Parse_TemplateContent_IsNotParsed()
    {
        Assert.Equal("body[div[template p[\"shown\"]]]", Body("<div><template><p>hidden</p></template><p>shown</div>"));
    }

    [Fact]
    public void Parse_LessThanThatStartsNoTag_IsText()
    {
        Assert.Equal("body[p[\"1 < 2 <3 a<\"]]", Body("<p>1 < 2 <3 a<</p>"));
    }

    [Fact]
    public void Parse_TagCutOffByTheEnd_IsDropped()
    {
        Assert.Equal("body[p[\"text\"]]", Body("<p>text<a href=\"x"));
    }

    [Fact]
    public void Parse_ReferencesInText_AreDecoded()
    {
        Assert.Equal("body[p[\"café & ’—\"]]", Body("<p>caf&eacute; &amp; &#8217;&#x2014;</p>"));
    }

    [Theory]
    [InlineData("<div>", 600)]
    [InlineData("<b><i>", 300)]
    [InlineData("<section><span>", 300)]
    public void Parse_NestedDeeperThanTheCap_ThrowsDocumentTooComplex(string repeated, int times)
    {
        var html = string.Concat(Enumerable.Repeat(repeated, times));

        var error = Assert.Throws<SummarizerException>(() => HtmlTreeBuilder.Parse(html));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
    }

    [Theory]
    [InlineData("<p>text", "text")]
    [InlineData("<li>item", "item")]
    [InlineData("<div>x</div>", "x")]
    [InlineData("<a href=x>link", "link")]
    public void Parse_ThousandsOfElementsThatCloseEachOther_AreNotNesting(string repeated, string text)
    {
        var html = "<ul>" + string.Concat(Enumerable.Repeat(repeated, 5_000));

        var document = HtmlTreeBuilder.Parse(html);

        Assert.Equal(string.Concat(Enumerable.Repeat(text, 5_000)), document.Body.TextContent);
    }
}
