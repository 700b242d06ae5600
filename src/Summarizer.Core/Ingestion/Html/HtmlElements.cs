using System.Collections.Frozen;
using Summarizer.Core.Ingestion.Html.Parsing;

namespace Summarizer.Core.Ingestion.Html;

/// <summary>What the HTML decoder knows about element names: which never hold article text and which start a block.</summary>
internal static class HtmlElements
{
    /// <summary>
    /// Elements whose content is never article text. Forms are not here: some sites wrap the whole page in one
    /// (ASP.NET WebForms), so a form is judged by its content like any other container.
    /// </summary>
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe", "svg",
        "button", "select", "textarea", "input", "object", "embed", "canvas", "video", "audio", "map", "dialog", "head",
        "annotation", "annotation-xml", "option", "datalist", "link", "meta", "noembed", "noframes");

    /// <summary>Elements that start and end a block of text; everything else flows inline.</summary>
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "legend", "li",
        "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /// <summary>MathML tokens (identifiers, numbers, operators, text): each is a word of the formula.</summary>
    private static readonly FrozenSet<string> MathTokens = FrozenSet.Create(StringComparer.Ordinal,
        "mi", "mn", "mo", "ms", "mtext");

    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    public static bool IsMathToken(string localName) => MathTokens.Contains(localName);

    public static bool IsHeading(string localName) => localName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>True for elements that never hold article text and for anything hidden, however it is hidden.</summary>
    public static bool IsSkipped(HtmlElement element) =>
        Skipped.Contains(element.Name)
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
        || InlineStyle.Hides(element.GetAttribute("style"));
}
