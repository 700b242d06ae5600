namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// SVG and MathML: end tags close foreign elements by name, and the two namespaces have different integration
/// points (where content is HTML again).
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
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
