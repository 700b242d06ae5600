using System.Collections.Frozen;

namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// SVG and MathML: end tags close foreign elements by name, and the two namespaces have different integration
/// points (where content is HTML again).
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
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

    /// <summary>
    /// A start tag inside SVG or MathML: a foreign element, unless the tag is one that ends the foreign content (a
    /// <c>font</c> only when it is styled like an HTML font), which then closes. Returns true when the tag is handled.
    /// </summary>
    private bool StartForeignTag(string name)
    {
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

            return true;
        }

        while (InForeignContent())
        {
            Pop();
        }

        return false;
    }

    /// <summary>
    /// An end tag met inside SVG or MathML closes the nearest open foreign element of its name; <c>&lt;/p&gt;</c> and
    /// <c>&lt;/br&gt;</c> leave the foreign content first. Returns false when the HTML rules take the tag.
    /// </summary>
    private bool EndForeignTag(string name)
    {
        if (name is "p" or "br")
        {
            while (InForeignContent())
            {
                Pop();
            }

            return false;
        }

        for (var i = _open.Count - 1; i > 0 && _open[i].IsForeign; i--)
        {
            if (_open[i].Name == name)
            {
                PopTo(i);
                return true;
            }
        }

        return false;
    }

    private static bool IsMathML(HtmlElement element) => (element.Flags & HtmlElementFlags.MathML) != 0;

    /// <summary>An <c>annotation-xml</c> whose <c>encoding</c> says HTML is read as HTML; any other holds MathML.</summary>
    private static bool HoldsHtml(HtmlAttribute[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == "encoding")
            {
                return attribute.Value.Equals("text/html", StringComparison.OrdinalIgnoreCase)
                    || attribute.Value.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
