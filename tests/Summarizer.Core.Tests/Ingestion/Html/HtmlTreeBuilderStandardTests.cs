using Summarizer.Core.Ingestion.Html.Parsing;

using static Summarizer.Core.Tests.Ingestion.Html.HtmlTreeText;

namespace Summarizer.Core.Tests.Ingestion.Html;

/// <summary>
/// Tree-construction rules of the HTML standard that the parity test with AngleSharp found the tree builder
/// missing: each case is the smallest page whose tree (and so its text) came out wrong before.
/// </summary>
public sealed class HtmlTreeBuilderStandardTests
{
    [Theory]
    [InlineData("<table>Stray<tr><td>Cell</td></tr>More</table>After", "body[\"Stray\" \"More\" table[tbody[tr[td[\"Cell\"]]]] \"After\"]")]
    [InlineData("<table><tr><div>Div in a row</div><td>Cell</table>", "body[div[\"Div in a row\"] table[tbody[tr[td[\"Cell\"]]]]]")]
    [InlineData("<table><colgroup><col>Text<tr><td>Cell</table>", "body[\"Text\" table[colgroup[col] tbody[tr[td[\"Cell\"]]]]]")]
    [InlineData("<table><form>Text<tr><td>Cell</table>", "body[\"Text\" table[form tbody[tr[td[\"Cell\"]]]]]")]
    public void Parse_ContentBetweenTableRows_IsFosterParentedBeforeTheTable(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }

    [Fact]
    public void Parse_TableStartedBetweenRows_EndsTheOpenTable()
    {
        Assert.Equal("body[table[tbody[tr[td[\"One\"]]]] table[tbody[tr[td[\"Two\"]]]]]", Body("<table><tr><td>One</td><table><tr><td>Two</table>"));
    }

    [Fact]
    public void Parse_ParagraphEndTagWithoutParagraph_IsAnEmptyParagraphBetweenTheTexts()
    {
        Assert.Equal("body[div[\"One\" p \"Two\"]]", Body("<div>One</p>Two</div>"));
    }

    [Theory]
    [InlineData("<p>Before</p><script><!-- document.write('<script></script>'); --></script><p>After</p>", "body[p[\"Before\"] script p[\"After\"]]")]
    [InlineData("<p>Before</p><script><!-- x --></script>After", "body[p[\"Before\"] script \"After\"]")]
    public void Parse_ScriptWithCommentedScriptTags_EndsAtItsOwnEndTag(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }

    [Fact]
    public void Parse_LineBreakAfterListingStartTag_IsNotContent()
    {
        Assert.Equal("body[listing[\"Text\"]]", Body("<listing>\nText</listing>"));
    }

    [Theory]
    [InlineData("<select><option>One<div>Two</select>After", "body[select[option[\"One\" div[\"Two\"]]] \"After\"]")]
    [InlineData("<select><option>One<input>After", "body[select[option[\"One\"]] input \"After\"]")]
    [InlineData("<select><option>One<select>After", "body[select[option[\"One\"]] \"After\"]")]
    public void Parse_SelectClosedByItsEndTagOrAField_EndsWhateverIsOpenInIt(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }

    [Theory]
    [InlineData("<form>One<form>Two</form>Three", "body[form[\"One\" \"Two\"] \"Three\"]")]
    [InlineData("<form><div>In</form>After", "body[form[div[\"In\" \"After\"]]]")]
    [InlineData("<form><p>In</form>After", "body[form[p[\"In\"]] \"After\"]")]
    public void Parse_Forms_DoNotNestAndTheirEndTagClosesOnlyTheFormAndImpliedEnds(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }

    [Fact]
    public void Parse_ListItemInsideDialog_ClosesTheOpenItem()
    {
        Assert.Equal("body[ul[li[\"One\" dialog[\"Two\"]] li[\"Three\"]]]", Body("<ul><li>One<dialog>Two<li>Three</ul>"));
    }

    [Fact]
    public void Parse_RepeatedBodyTag_AddsTheAttributesTheBodyLacks()
    {
        var body = HtmlTreeBuilder.Parse("<body class=a><p>One<body class=b hidden>").Body;

        Assert.Equal("a", body.GetAttribute("class"));
        Assert.True(body.HasAttribute("hidden"));
    }

    [Theory]
    [InlineData("<template><template>a</template>b</template>c", "body[\"c\"]")]
    [InlineData("<p>x</p><template><template>a</template>b</template>c", "body[p[\"x\"] template \"c\"]")]
    public void Parse_NestedTemplates_EndAtTheOuterEndTag(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }

    [Fact]
    public void Parse_EndTagOpenAtTheEndOfInput_IsText()
    {
        Assert.Equal("body[p[\"a\" \"</\"]]", Body("<p>a</"));
    }

    [Theory]
    [InlineData("<a href=x>Link<svg><a>icon</a></svg>after</a>more", "body[a[\"Link\" svg[a[\"icon\"]] \"after\"] \"more\"]")]
    [InlineData("<svg><g><head>Text", "body[svg[g] \"Text\"]")]
    public void Parse_TagsInsideSvg_CloseOrLeaveTheSvgByTheForeignContentRules(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }

    [Theory]
    [InlineData("<svg><mi><p>Para</p></mi></svg>", "body[svg[mi] p[\"Para\"]]")]
    [InlineData("<math><title><p>Para</p></title></math>", "body[math[title] p[\"Para\"]]")]
    [InlineData("<math><annotation-xml><div>Out</div></annotation-xml></math>", "body[math[annotation-xml] div[\"Out\"]]")]
    [InlineData("<math><annotation-xml encoding=text/html><div>In</div></annotation-xml></math>", "body[math[annotation-xml[div[\"In\"]]]]")]
    [InlineData("<dl><dd>One<svg><desc><dt>Two", "body[dl[dd[\"One\" svg[desc[dt[\"Two\"]]]]]]")]
    [InlineData("<math><mi><![CDATA[x<y]]></mi></math>", "body[math[mi[\"x<y\"]]]")]
    public void Parse_IntegrationPoints_DependOnTheNamespaceAndHoldHtml(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }

    [Theory]
    [InlineData("<svg><font>In SVG</font></svg>", "body[svg[font[\"In SVG\"]]]")]
    [InlineData("<svg><font color=red>Out</font></svg>", "body[svg font[\"Out\"]]")]
    [InlineData("<svg><noscript><p>Text</p></noscript></svg>", "body[svg[noscript] p[\"Text\"]]")]
    public void Parse_HtmlNamesInsideSvg_AreSvgUnlessTheyBreakOut(string html, string expected)
    {
        Assert.Equal(expected, Body(html));
    }
}
