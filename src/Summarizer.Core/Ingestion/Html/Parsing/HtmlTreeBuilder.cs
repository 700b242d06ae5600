using System.Collections.Frozen;

namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// Builds the element tree from <see cref="HtmlTokenizer"/>'s tokens with the parts of the HTML tree-construction
/// rules that shape a page's text: an implied head and body, paragraphs closed by the blocks that start after them,
/// list items, definitions, table rows and cells closed by their next sibling, implied table bodies and rows, content
/// met between table rows foster parented before the table, stray end tags ignored, a misnested formatting element
/// (<c>&lt;a&gt;&lt;div&gt;…&lt;/a&gt;</c>) resolved the way the adoption agency does (bounded to eight rounds), SVG and
/// MathML with their integration points, self-closing tags and CDATA, and raw text in scripts, styles, titles and
/// text areas. Where it departs from the standard on purpose (formatting elements are not reopened after a block
/// closes them, no quirks mode, scripts stay raw text inside SVG), the parity test with AngleSharp lists it.
/// </summary>
/// <remarks>
/// Every end tag searches the stack of open elements, so the work grows with depth × size and a few megabytes of
/// unclosed <c>&lt;div&gt;</c> or <c>&lt;b&gt;&lt;i&gt;</c> would take minutes; markup nested deeper than
/// <see cref="MaxDepth"/> is refused instead (<see cref="ErrorCodes.DocumentTooComplex"/>), as browsers cap depth for
/// the same reason, and the article's time budget is checked as tokens are read.
/// </remarks>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>Deepest nesting accepted; real pages stay well below a hundred.</summary>
    public const int MaxDepth = 512;

    /// <summary>
    /// Attributes the tree builder reads itself: a MathML <c>annotation-xml</c> holds HTML only with an HTML
    /// <c>encoding</c>, and a <c>font</c> leaves SVG or MathML only with <c>color</c>, <c>face</c> or <c>size</c>.
    /// </summary>
    public static readonly string[] OwnAttributes = ["encoding", "color", "face", "size"];

    /// <summary>The HTML standard's "special" elements: a stray end tag is not searched for past them.</summary>
    private static readonly FrozenSet<string> Special = FrozenSet.Create(StringComparer.Ordinal,
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
        "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main",
        "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext",
        "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");

    /// <summary>Where a search for an element in scope stops.</summary>
    private static readonly FrozenSet<string> ScopeBoundaries = FrozenSet.Create(StringComparer.Ordinal,
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");

    /// <summary>How often, in tokens, the clock is read.</summary>
    private const int TimeCheckInterval = 4096;

    private readonly HtmlTokenizer _tokenizer;
    private readonly DecodeBudget? _budget;
    private readonly List<HtmlElement> _open = [];
    private readonly HtmlElement _root = Create("html", [], foreign: false);
    private readonly HtmlElement _head = Create("head", [], foreign: false);
    private HtmlElement? _body;
    private HtmlElement? _title;

    /// <summary>The open form (the standard's form element pointer): forms do not nest.</summary>
    private HtmlElement? _form;
    private bool _headClosed;

    private HtmlTreeBuilder(string html, FrozenSet<string>? keptAttributes, DecodeBudget? budget)
    {
        _tokenizer = new HtmlTokenizer(html, keptAttributes);
        _budget = budget;
        _root.AppendChild(_head);
        _open.Add(_root);
        _open.Add(_head);
    }

    private HtmlElement Current => _open[^1];

    /// <summary>Parses a whole page.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="keptAttributes">
    /// The attributes to keep (a set made with <see cref="StringComparer.OrdinalIgnoreCase"/>), or null for all: a
    /// reader that looks at a few attributes need not pay for copying every <c>href</c>, <c>srcset</c> and <c>data-</c> value.
    /// It must hold <see cref="OwnAttributes"/>.
    /// </param>
    /// <param name="budget">The article's budget, whose time is checked as tokens are read; null for no time limit.</param>
    /// <exception cref="SummarizerException">The markup nests deeper than <see cref="MaxDepth"/>, or reading it takes longer than the budget allows.</exception>
    public static HtmlDocument Parse(string html, FrozenSet<string>? keptAttributes = null, DecodeBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (var own in keptAttributes is null ? [] : OwnAttributes)
        {
            if (!keptAttributes!.Contains(own))
            {
                throw new ArgumentException($"The kept attributes must include the tree builder's own: {string.Join(", ", OwnAttributes)}.", nameof(keptAttributes));
            }
        }

        var builder = new HtmlTreeBuilder(html, keptAttributes, budget);
        return builder.Build();
    }

    private HtmlDocument Build()
    {
        for (var tokens = 1; ; tokens++)
        {
            if (tokens % TimeCheckInterval == 0)
            {
                _budget?.ThrowIfOverTime("the HTML");
            }

            _tokenizer.AllowCData = Current.IsForeign;
            switch (_tokenizer.Next())
            {
                case HtmlTokenKind.Text:
                    AddText(_tokenizer.Text);
                    break;
                case HtmlTokenKind.StartTag:
                    StartTag(_tokenizer.TagName);
                    break;
                case HtmlTokenKind.EndTag:
                    EndTag(_tokenizer.TagName);
                    break;
                default:
                    return new HtmlDocument(_root, _head, EnsureBody(), _title);
            }
        }
    }

    private void AddText(string text)
    {
        if (_body is null)
        {
            // Before the body, whitespace is formatting; anything else is the start of the body.
            if (text.AsSpan().IndexOfAnyExcept(" \t\n\f\r") < 0)
            {
                return;
            }

            EnsureBody();
        }

        // Whitespace between table parts stays in the table (a column group keeps what leads its text); other text there
        // is foster parented.
        var whitespace = text.AsSpan().IndexOfAnyExcept(" \t\n\f\r");
        if (IsColumnGroup(Current) && whitespace != 0)
        {
            Current.AppendChild(new HtmlText(whitespace < 0 ? text : text[..whitespace]));
            if (whitespace < 0)
            {
                return;
            }

            text = text[whitespace..];
        }
        else if (IsTableContext(Current) && whitespace < 0)
        {
            Current.AppendChild(new HtmlText(text));
            return;
        }

        Append(new HtmlText(text));
    }

    private void StartTag(string name)
    {
        if (_body is null && StartTagBeforeBody(name))
        {
            return;
        }

        if (name is "script" or "style" || (name is "iframe" or "noscript" or "noembed" or "noframes" or "template" && !InForeignContent()))
        {
            StartRawText(name);
            return;
        }

        if (InForeignContent() && StartForeignTag(name))
        {
            return;
        }

        switch (name)
        {
            case "html":
                _root.AddMissingAttributes(_tokenizer.Attributes);
                return;
            case "body":
                // A second body tag adds its attributes to the body (a hidden one hides the page, as in a browser).
                _body!.AddMissingAttributes(_tokenizer.Attributes);
                return;
            case "head":
                return;
        }

        StartBodyTag(name);
    }

    /// <summary>
    /// Scripts and styles stay raw text even inside SVG: a "&lt;" in them must not open tags. Inside a table, scripts,
    /// styles and templates belong to the table; the others are foster parented like any element.
    /// </summary>
    private void StartRawText(string name)
    {
        var rawText = NewElement(name);
        if (name is "script" or "style" or "template")
        {
            Current.AppendChild(rawText);
        }
        else
        {
            Append(rawText);
        }

        rawText.AppendRawText(_tokenizer.ReadRawText(name, decode: false, keep: false));
    }

    private bool InScope(string name, string? boundary1 = null, string? boundary2 = null)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var element = _open[i];
            if (element.Name == name && !element.IsForeign)
            {
                return true;
            }

            if (IsScopeBoundary(element) || element.Name == boundary1 || element.Name == boundary2)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsScopeBoundary(HtmlElement element) => (element.Flags & HtmlElementFlags.ScopeBoundary) != 0;

    private bool InForeignContent() => Current.IsForeign && (Current.Flags & HtmlElementFlags.IntegrationPoint) == 0;

    private static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private HtmlElement EnsureBody()
    {
        if (_body is null)
        {
            OpenBody(Create("body", [], foreign: false));
        }

        return _body!;
    }

    private void OpenBody(HtmlElement body)
    {
        CloseHead();
        _root.AppendChild(body);
        _open.Add(body);
        _body = body;
    }

    private void CloseHead()
    {
        _headClosed = true;
        _open.Remove(_head);
    }

    private HtmlElement NewElement(string name, bool foreign = false, bool mathML = false) =>
        Create(name, _tokenizer.Attributes.Count == 0 ? [] : [.. _tokenizer.Attributes], foreign, mathML);

    private static HtmlElement Create(string name, HtmlAttribute[] attributes, bool foreign, bool mathML = false)
    {
        HtmlElementFlags flags;
        // The integration points (and annotation-xml) are special and bound a scope like an HTML table cell.
        if (mathML)
        {
            flags = HtmlElementFlags.MathML | (MathIntegrationPoints.Contains(name) || name == "annotation-xml"
                ? HtmlElementFlags.Special | HtmlElementFlags.ScopeBoundary
                : HtmlElementFlags.None);
            if (MathIntegrationPoints.Contains(name) || (name == "annotation-xml" && HoldsHtml(attributes)))
            {
                flags |= HtmlElementFlags.IntegrationPoint;
            }
        }
        else if (foreign)
        {
            flags = SvgIntegrationPoints.Contains(name)
                ? HtmlElementFlags.IntegrationPoint | HtmlElementFlags.Special | HtmlElementFlags.ScopeBoundary
                : HtmlElementFlags.None;
        }
        else
        {
            flags = (Special.Contains(name) ? HtmlElementFlags.Special : HtmlElementFlags.None)
                | (ScopeBoundaries.Contains(name) ? HtmlElementFlags.ScopeBoundary : HtmlElementFlags.None);
        }

        return new HtmlElement(name, attributes) { IsForeign = foreign, Flags = flags };
    }

    private HtmlElement Push(HtmlElement element)
    {
        _open.Add(element);
        if (_open.Count > MaxDepth)
        {
            throw new SummarizerException(ErrorCodes.DocumentTooComplex,
                $"The HTML is nested more than {MaxDepth} elements deep, which no real page is; it is too complex to summarise.");
        }

        return element;
    }

    private void Pop() => _open.RemoveAt(_open.Count - 1);

    /// <summary>Closes the element at <paramref name="index"/> and everything opened inside it; the root stays open.</summary>
    private void PopTo(int index) => _open.RemoveRange(Math.Max(index, 1), _open.Count - Math.Max(index, 1));

    private void PopTo(string name)
    {
        var index = _open.FindLastIndex(element => element.Name == name && !element.IsForeign);
        if (index > 0)
        {
            PopTo(index);
        }
    }
}
