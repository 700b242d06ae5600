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

    private const int AdoptionRounds = 8;

    /// <summary>
    /// Attributes the tree builder reads itself: a MathML <c>annotation-xml</c> holds HTML only with an HTML
    /// <c>encoding</c>, and a <c>font</c> leaves SVG or MathML only with <c>color</c>, <c>face</c> or <c>size</c>.
    /// </summary>
    public static readonly string[] OwnAttributes = ["encoding", "color", "face", "size"];

    /// <summary>Elements that close an open <c>&lt;p&gt;</c> when they start.</summary>
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "hr", "xmp", "plaintext", "table");

    /// <summary>Elements that never have content or an end tag.</summary>
    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr");

    /// <summary>Elements a misnested end tag is resolved for by the adoption agency.</summary>
    private static readonly FrozenSet<string> Formatting = FrozenSet.Create(StringComparer.Ordinal,
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Elements whose end tag closes them only when they are in scope, whatever is open inside them.</summary>
    private static readonly FrozenSet<string> ScopedEnd = FrozenSet.Create(StringComparer.Ordinal,
        "address", "applet", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "listing", "main", "marquee", "menu",
        "nav", "object", "ol", "pre", "search", "section", "summary", "ul", "dd", "dt", "select");

    private static readonly FrozenSet<string> TableParts = FrozenSet.Create(StringComparer.Ordinal,
        "table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th");

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

    /// <summary>SVG elements whose content is HTML again.</summary>
    private static readonly FrozenSet<string> SvgIntegrationPoints = FrozenSet.Create(StringComparer.Ordinal,
        "foreignobject", "desc", "title");

    /// <summary>MathML elements whose content is HTML again (<c>annotation-xml</c> only when it says it holds HTML).</summary>
    private static readonly FrozenSet<string> MathIntegrationPoints = FrozenSet.Create(StringComparer.Ordinal,
        "mi", "mo", "mn", "ms", "mtext");

    /// <summary>HTML elements that end SVG or MathML left open.</summary>
    private static readonly FrozenSet<string> BreaksOutOfForeign = FrozenSet.Create(StringComparer.Ordinal,
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font");

    private static readonly FrozenSet<string> HeadContent = FrozenSet.Create(StringComparer.Ordinal,
        "base", "basefont", "bgsound", "link", "meta", "title", "style", "script", "noscript", "noframes", "template");

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
            // Scripts and styles stay raw text even inside SVG: a "<" in them must not open tags. Inside a table,
            // scripts, styles and templates belong to the table; the others are foster parented like any element.
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
            return;
        }

        if (InForeignContent())
        {
            // A font leaves SVG or MathML only when it is styled like an HTML font.
            if (!BreaksOutOfForeign.Contains(name)
                || (name == "font" && !_tokenizer.Attributes.Exists(attribute => attribute.Name is "color" or "face" or "size")))
            {
                // A foreign element is in its parent's namespace; only annotation-xml can hold SVG inside MathML.
                var mathML = IsMathML(Current) && !(name == "svg" && Current.Name == "annotation-xml");
                var foreign = NewElement(name, foreign: true, mathML);
                Append(foreign);
                if (!_tokenizer.SelfClosing)
                {
                    Push(foreign);
                }

                return;
            }

            while (InForeignContent())
            {
                Pop();
            }
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

    /// <summary>Handles a start tag met before the body opened; returns false when it starts the body.</summary>
    private bool StartTagBeforeBody(string name)
    {
        if (name is "html" || (name is "head" && !_headClosed))
        {
            if (name is "html")
            {
                _root.AddMissingAttributes(_tokenizer.Attributes);
            }

            return true;
        }

        if (name == "body")
        {
            OpenBody(NewElement(name));
            return true;
        }

        if (!HeadContent.Contains(name))
        {
            EnsureBody();
            return false;
        }

        var element = NewElement(name);
        _head.AppendChild(element);
        switch (name)
        {
            case "title":
                _title ??= element;
                element.AppendRawText(_tokenizer.ReadRawText(name, decode: true, keep: true));
                break;
            case "script" or "style" or "noscript" or "noframes" or "template":
                element.AppendRawText(_tokenizer.ReadRawText(name, decode: false, keep: false));
                break;
        }

        return true;
    }

    private void StartBodyTag(string name)
    {
        if (name == "form" && _form is not null)
        {
            // Forms do not nest: a form inside an open one is ignored, its content is not.
            return;
        }

        if (name is "select" or "input" or "keygen" or "textarea" && InScope("select"))
        {
            // A select cannot hold another select or a text field: the open one ends first (a second select only ends it).
            PopTo("select");
            if (name == "select")
            {
                return;
            }
        }

        if (ClosesParagraph.Contains(name))
        {
            CloseParagraph();
            if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && IsHeading(Current.Name))
            {
                Pop();
            }
        }

        switch (name)
        {
            case "li":
                CloseListItem("li", "li");
                CloseParagraph();
                break;
            case "dd" or "dt":
                CloseListItem("dd", "dt");
                CloseParagraph();
                break;
            case "a":
                CloseOpenLink();
                break;
            case "button" when InScope("button"):
                PopTo("button");
                break;
            case "option":
            case "optgroup":
                if (Current.Name == "option" || (name == "optgroup" && Current.Name == "optgroup"))
                {
                    Pop();
                }

                break;
            case "caption" or "colgroup" or "col" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th":
                if (!OpenTablePart(name))
                {
                    return;
                }

                break;
            case "table" when InTableMode():
                // A table cannot start where only rows may: the open one ends and the new one follows it.
                PopTo(_open.FindLastIndex(element => element.Name == "table" && !element.IsForeign));
                break;
            case "form" when InTableMode():
                // A form between rows stays where it is, empty; the rows after it are the table's.
                _form = Current.AppendChild(NewElement(name));
                return;
            case "form":
                _form = Push(Append(NewElement(name)));
                return;
            case "textarea" or "title" or "xmp":
                var rawText = Append(NewElement(name));
                _title ??= name == "title" ? rawText : null;
                rawText.AppendRawText(_tokenizer.ReadRawText(name, decode: name != "xmp", keep: true));
                return;
            case "plaintext":
                Push(Append(NewElement(name))).AppendRawText(_tokenizer.ReadToEnd());
                return;
        }

        if (Void.Contains(name))
        {
            Append(NewElement(name == "image" ? "img" : name));
            return;
        }

        Push(Append(NewElement(name, foreign: name is "svg" or "math", mathML: name == "math")));
        if (name is "svg" or "math" && _tokenizer.SelfClosing)
        {
            Pop();
        }
        else if (name is "pre" or "listing")
        {
            _tokenizer.SkipLineBreak();
        }
    }

    /// <summary>
    /// Makes room for a table part: closes whatever is open inside the nearest table down to the right level and adds
    /// the implied <c>&lt;tbody&gt;</c> and <c>&lt;tr&gt;</c>. Returns false (the tag is ignored) outside any table.
    /// </summary>
    private bool OpenTablePart(string name)
    {
        var table = _open.FindLastIndex(element => element.Name == "table" && !element.IsForeign);
        if (table < 0)
        {
            return false;
        }

        switch (name)
        {
            case "tr":
                PopWhileNot(table, "tbody", "thead", "tfoot");
                if (Current.Name == "table")
                {
                    Push(Append(Create("tbody", [], foreign: false)));
                }

                break;
            case "td" or "th":
                PopWhileNot(table, "tr", "tbody", "thead", "tfoot");
                if (Current.Name == "table")
                {
                    Push(Append(Create("tbody", [], foreign: false)));
                }

                if (Current.Name != "tr")
                {
                    Push(Append(Create("tr", [], foreign: false)));
                }

                break;
            case "col":
                PopWhileNot(table, "colgroup");
                break;
            default:
                PopTo(table + 1);
                break;
        }

        return true;
    }

    /// <summary>Pops down to the table at <paramref name="table"/> or, before reaching it, an element with one of the names.</summary>
    private void PopWhileNot(int table, params ReadOnlySpan<string> names)
    {
        while (_open.Count - 1 > table && !names.Contains(Current.Name))
        {
            Pop();
        }
    }

    private void EndTag(string name)
    {
        if (_body is null)
        {
            if (name == "head" && !_headClosed)
            {
                CloseHead();
                return;
            }

            if (name is not ("body" or "html" or "br"))
            {
                return;
            }

            EnsureBody();
        }

        if (Current.IsForeign && EndForeignTag(name))
        {
            return;
        }

        switch (name)
        {
            case "body" or "html":
                return;
            case "p":
                if (InScope("p", "button"))
                {
                    PopTo("p");
                }
                else
                {
                    // A "</p>" with no paragraph open is an empty paragraph: it still separates the text around it.
                    Append(Create("p", [], foreign: false));
                }

                return;
            case "br":
                Append(NewElement("br"));
                return;
            case "li":
                if (InScope("li", "ol", "ul"))
                {
                    PopTo("li");
                }

                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                PopToHeading();
                return;
            case "form":
                EndForm();
                return;
        }

        if (Formatting.Contains(name))
        {
            EndFormatting(name);
        }
        else if (ScopedEnd.Contains(name))
        {
            if (InScope(name))
            {
                PopTo(name);
            }
        }
        else if (TableParts.Contains(name))
        {
            EndTablePart(name);
        }
        else
        {
            EndOther(name);
        }
    }

    /// <summary>
    /// A form's end tag closes the form and the elements whose end tags are implied (paragraphs, list items), but
    /// what else was opened inside the form stays open.
    /// </summary>
    private void EndForm()
    {
        var form = _form;
        _form = null;
        for (var i = _open.Count - 1; form is not null && i > 0; i--)
        {
            if (_open[i] == form)
            {
                while (Current != form && !Current.IsForeign && Current.Name is "p" or "li" or "dd" or "dt" or "option" or "optgroup" or "rb" or "rp" or "rt" or "rtc")
                {
                    Pop();
                }

                _open.Remove(form);
                return;
            }

            if (IsScopeBoundary(_open[i]))
            {
                return;
            }
        }
    }

    private void EndTablePart(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var element = _open[i];
            if (element.Name == name && !element.IsForeign)
            {
                PopTo(i);
                return;
            }

            if (element.Name is "table" or "html" or "template")
            {
                return;
            }
        }
    }

    /// <summary>Any other end tag closes the nearest open element of its name, unless a special element is in the way.</summary>
    private void EndOther(string name)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var element = _open[i];
            if (element.Name == name)
            {
                PopTo(i);
                return;
            }

            if ((element.Flags & HtmlElementFlags.Special) != 0)
            {
                return;
            }
        }
    }

    private void PopToHeading()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var element = _open[i];
            if (IsHeading(element.Name) && !element.IsForeign)
            {
                PopTo(i);
                return;
            }

            if (IsScopeBoundary(element))
            {
                return;
            }
        }
    }

    /// <summary>
    /// The adoption agency, simplified: when a block opened inside the formatting element is still open, the block is
    /// moved out beside it and its content wrapped in a copy of the formatting element, so the formatting ends where
    /// its end tag is while the block goes on. Formatting elements between the two are closed rather than copied.
    /// </summary>
    private void EndFormatting(string name)
    {
        for (var round = 0; round < AdoptionRounds; round++)
        {
            var formatting = -1;
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                if (_open[i].Name == name && !_open[i].IsForeign)
                {
                    formatting = i;
                    break;
                }

                if (IsScopeBoundary(_open[i]))
                {
                    return;
                }
            }

            if (formatting < 0)
            {
                return;
            }

            var block = -1;
            for (var i = formatting + 1; i < _open.Count; i++)
            {
                if ((_open[i].Flags & HtmlElementFlags.Special) != 0)
                {
                    block = i;
                    break;
                }
            }

            if (block < 0)
            {
                PopTo(formatting);
                return;
            }

            var element = _open[formatting];
            var furthest = _open[block];
            furthest.Detach();
            element.Parent!.AppendChild(furthest);
            var copy = new HtmlElement(element.Name, element.Attributes) { Flags = element.Flags };
            furthest.MoveChildrenTo(copy);
            furthest.AppendChild(copy);
            _open.RemoveRange(formatting, block - formatting);
            _open.Insert(formatting + 1, copy);
        }
    }

    /// <summary>A new <c>&lt;a&gt;</c> inside an open one closes the open one first: links do not nest.</summary>
    private void CloseOpenLink()
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var element = _open[i];
            if (element.Name == "a" && !element.IsForeign)
            {
                EndFormatting("a");
                return;
            }

            if (element.Name is "td" or "th" or "caption" or "template" or "object" or "applet" or "marquee")
            {
                return;
            }
        }
    }

    /// <summary>A new list item (or definition) closes the open one, unless a block other than a div or paragraph is in the way.</summary>
    private void CloseListItem(string name1, string name2)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var element = _open[i];
            if (element.Name == name1 || element.Name == name2)
            {
                PopTo(i);
                return;
            }

            if ((element.Flags & HtmlElementFlags.Special) != 0 && element.Name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private void CloseParagraph()
    {
        if (InScope("p", "button"))
        {
            PopTo("p");
        }
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
