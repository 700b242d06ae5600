using System.Collections.Frozen;

namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// Start tags in the body: paragraphs, list items, definitions, links, buttons and options closed by the tag that
/// follows them, forms that do not nest, raw-text elements, void elements, and the head's content before the body.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>Elements that close an open <c>&lt;p&gt;</c> when they start.</summary>
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "hr", "xmp", "plaintext", "table");

    /// <summary>Elements that never have content or an end tag.</summary>
    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr");

    private static readonly FrozenSet<string> HeadContent = FrozenSet.Create(StringComparer.Ordinal,
        "base", "basefont", "bgsound", "link", "meta", "title", "style", "script", "noscript", "noframes", "template");

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
        if (DroppedAfterClosing(name))
        {
            return;
        }

        CloseWhatItEnds(name);
        if (StartedSpecially(name))
        {
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
    /// Closes the open form controls and paragraph a start tag ends; returns true when the tag itself is dropped (a
    /// form inside an open form, a select inside an open select).
    /// </summary>
    private bool DroppedAfterClosing(string name)
    {
        if (name == "form" && _form is not null)
        {
            // Forms do not nest: a form inside an open one is ignored, its content is not.
            return true;
        }

        if (name is "select" or "input" or "keygen" or "textarea" && InScope("select"))
        {
            // A select cannot hold another select or a text field: the open one ends first (a second select only ends it).
            PopTo("select");
            if (name == "select")
            {
                return true;
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

        return false;
    }

    /// <summary>Closes the element of the same kind that a list item, definition, link, button or option ends.</summary>
    private void CloseWhatItEnds(string name)
    {
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
        }
    }

    /// <summary>
    /// Table parts, tables, forms and the raw-text elements, which have rules of their own; returns true when the tag
    /// is handled (or ignored), false when it opens an element like any other.
    /// </summary>
    private bool StartedSpecially(string name)
    {
        switch (name)
        {
            case "caption" or "colgroup" or "col" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th":
                return !OpenTablePart(name);
            case "table" when InTableMode():
                // A table cannot start where only rows may: the open one ends and the new one follows it.
                PopTo(_open.FindLastIndex(element => element.Name == "table" && !element.IsForeign));
                return false;
            case "form" when InTableMode():
                // A form between rows stays where it is, empty; the rows after it are the table's.
                _form = Current.AppendChild(NewElement(name));
                return true;
            case "form":
                _form = Push(Append(NewElement(name)));
                return true;
            case "textarea" or "title" or "xmp":
                var rawText = Append(NewElement(name));
                _title ??= name == "title" ? rawText : null;
                rawText.AppendRawText(_tokenizer.ReadRawText(name, decode: name != "xmp", keep: true));
                return true;
            case "plaintext":
                Push(Append(NewElement(name))).AppendRawText(_tokenizer.ReadToEnd());
                return true;
            default:
                return false;
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
}
