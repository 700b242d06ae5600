using System.Collections.Frozen;

namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// End tags: each closes the nearest open element of its name within its scope, stray ones are ignored, and a
/// misnested formatting element is resolved by a simplified adoption agency (bounded to eight rounds).
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    private const int AdoptionRounds = 8;

    /// <summary>Elements a misnested end tag is resolved for by the adoption agency.</summary>
    private static readonly FrozenSet<string> Formatting = FrozenSet.Create(StringComparer.Ordinal,
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Elements whose end tag closes them only when they are in scope, whatever is open inside them.</summary>
    private static readonly FrozenSet<string> ScopedEnd = FrozenSet.Create(StringComparer.Ordinal,
        "address", "applet", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "listing", "main", "marquee", "menu",
        "nav", "object", "ol", "pre", "search", "section", "summary", "ul", "dd", "dt", "select");

    private void EndTag(string name)
    {
        if (_body is null && EndTagBeforeBody(name))
        {
            return;
        }

        if ((Current.IsForeign && EndForeignTag(name)) || EndedSpecially(name))
        {
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

    /// <summary>Before the body, <c>&lt;/head&gt;</c> closes the head and only body, html and br end tags open the body; returns true when the tag is done with.</summary>
    private bool EndTagBeforeBody(string name)
    {
        if (name == "head" && !_headClosed)
        {
            CloseHead();
            return true;
        }

        if (name is not ("body" or "html" or "br"))
        {
            return true;
        }

        EnsureBody();
        return false;
    }

    /// <summary>The end tags with rules of their own: body, html, p, br, li, headings and form; returns true when the tag was one.</summary>
    private bool EndedSpecially(string name)
    {
        switch (name)
        {
            case "body" or "html":
                return true;
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

                return true;
            case "br":
                Append(NewElement("br"));
                return true;
            case "li":
                if (InScope("li", "ol", "ul"))
                {
                    PopTo("li");
                }

                return true;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                PopToHeading();
                return true;
            case "form":
                EndForm();
                return true;
            default:
                return false;
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
}
