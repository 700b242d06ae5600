namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>What the tree builder needs to know of an open element when it searches the stack, worked out once.</summary>
[Flags]
internal enum HtmlElementFlags
{
    None = 0,

    /// <summary>One of the HTML standard's "special" elements: a stray end tag is not searched for past it.</summary>
    Special = 1,

    /// <summary>A search for an element in scope stops here.</summary>
    ScopeBoundary = 2,

    /// <summary>An SVG or MathML element whose content is HTML again.</summary>
    IntegrationPoint = 4,

    /// <summary>A MathML element (a foreign element without it is SVG): the two name different integration points.</summary>
    MathML = 8,
}
