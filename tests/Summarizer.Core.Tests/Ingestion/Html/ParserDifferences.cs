namespace Summarizer.Core.Tests.Ingestion.Html;

/// <summary>
/// Where the own parser and AngleSharp 1.10 read markup differently on purpose or by a defect of AngleSharp's, each
/// with the smallest page that shows it and the body text each parser's tree gives. The generated corpus avoids these
/// cases; <see cref="HtmlParserParityTests"/> checks that each still differs exactly as written, so the list stays
/// true when either parser changes. docs/adr/0003-own-html-parser.md carries the same list.
/// </summary>
internal static class ParserDifferences
{
    private const string Doctype = "<!DOCTYPE html>";

    /// <summary>
    /// Fixture pages whose article differs by one of the differences below, with its name. The Brandenburg page
    /// wraps a figure in a paragraph's link (<c>&lt;p&gt;&lt;a&gt;&lt;div&gt;&lt;figure&gt;</c>): browsers reopen the
    /// link inside the figure, so its caption ("Das Brandenbuch bei uns bestellen.") is link text and is pruned as
    /// furniture; the own parser keeps it in the article.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Path.Combine("Pages", "html", "government-de-brandenburg-homo-brandenburgensis.html")] = "formatting element not reopened",
    };

    /// <summary>Name, page, own body text, AngleSharp body text.</summary>
    public static TheoryData<string, string, string, string> All => new()
    {
        // Own simplifications.
        // No list of active formatting elements: one that a block closed is not reopened (with its attributes) in
        // the next block. Rare on real pages: the 130 dev pages give the same text.
        { "formatting element not reopened", Doctype + "<p><b hidden>Hidden<p>Second paragraph", "Second paragraph", "" },

        // No quirks mode: without a doctype a table may sit inside an open paragraph, so text foster parented out of
        // it joins the paragraph's; the own parser always closes the paragraph, as in standards mode.
        { "quirks mode", "<p>Before<table>Stray text</table>", "Before\n\nStray text", "BeforeStray text" },

        // A frameset page has no body; browsers show the frames. The own parser reads the text around them.
        { "frameset", Doctype + "<frameset><frame src=a></frameset><p>Text outside the frames</p>", "Text outside the frames", "" },

        // Styles (and scripts) stay raw text inside SVG and MathML too, so no markup in them can open elements; the
        // standard parses their content as markup there.
        { "style inside svg", Doctype + "<svg><style>p{}<small>Text in the style</small></style></svg>", "", "Text in the style" },

        // Markup nested deeper than HtmlTreeBuilder.MaxDepth is refused rather than parsed.
        { "nesting deeper than the cap", Doctype + string.Concat(Enumerable.Repeat("<div>", 600)) + "Deep", "error unsupported_content", "Deep" },

        // AngleSharp 1.10 against the current HTML standard.
        // <search> (2023) closes a paragraph and is closed by its end tag like <section>; AngleSharp predates it.
        { "search element", Doctype + "<search>One<p>Two</search>Three", "One\n\nTwo\n\nThree", "One\n\nTwoThree" },

        // <isindex> lost its special parsing in 2016; AngleSharp still expands it into a form with a prompt.
        { "isindex element", Doctype + "<isindex>", "", "This is a searchable index. Enter search keywords:" },

        // AngleSharp mixes the "in select" insertion mode, which the standard dropped in 2025 (customizable select),
        // with the new content model: </select> is ignored while an element is open in an option, and so are end
        // tags of enclosing blocks, which hides the rest of the page. The own parser reads select with the in-body
        // rules; its content is never article text in either.
        { "select end tag with an element open", Doctype + "<select><option>One<b>Two</select>After the select", "After the select", "" },
        { "unclosed select", Doctype + "<div><select><option>One</div><p>After the div", "After the div", "" },

        // AngleSharp lower-cases an end tag that does not end a title or xmp, which stays text there.
        { "end tag text in raw text", Doctype + "<xmp>A</B>C</xmp>", "A</B>C", "A</b>C" },

        // Text foster parented out of a table moves as one run; AngleSharp leaves its leading whitespace behind.
        { "whitespace leading foster-parented text", Doctype + "<table><b>One</b>\n  <</table>", "One <", "One<" },

        // </td> does not close a th (nor </th> a td); AngleSharp closes the cell.
        { "cell end tag of the other kind", Doctype + "<table><tr><th>Head</td>Still the head</table>", "HeadStill the head", "Still the head\n\nHead" },

        // After a foster-parented pre or listing, AngleSharp foster parents the table's next row out of the table too.
        { "row after a foster-parented listing", Doctype + "A<table><listing><tr><span>B", "AB", "A\n\nB" },

        // CDATA is text only inside SVG or MathML; AngleSharp still takes it as text after a self-closed <math/>.
        { "CDATA after a self-closed math", Doctype + "<math/><![CDATA[x]]>", "", "x" },

        // An end tag inside MathML closes the foreign element of its name even from inside a token element (<mo>);
        // AngleSharp ignores it there.
        { "foreign end tag from a token element", Doctype + "<math><address><mo hidden></address>Text after the formula", "Text after the formula", "" },
    };
}
