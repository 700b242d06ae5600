using System.Collections.Frozen;

namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// Lower-cases tag and attribute names and hands out one shared string for the common ones, so a page's thousands of
/// <c>div</c> and <c>class</c> names cost no allocation each.
/// </summary>
internal static class HtmlNames
{
    private const int MaxInternedLength = 24;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Common = FrozenSet.Create(StringComparer.Ordinal,
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del",
        "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img",
        "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter",
        "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress",
        "q", "s", "samp", "script", "search", "section", "select", "small", "source", "span", "strong", "style", "sub",
        "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title",
        "tr", "track", "u", "ul", "var", "video", "wbr", "path", "g", "use", "mi", "mo", "mn", "ms", "mtext", "annotation",
        "annotation-xml",
        "class", "id", "role", "style", "hidden", "aria-hidden", "aria-label", "itemprop", "property", "name", "content",
        "href", "src", "srcset", "alt", "type", "rel", "width", "height", "target", "lang", "dir", "value",
        "loading", "sizes", "data-src", "tabindex", "fill", "d", "viewbox", "xmlns", "focusable", "charset",
        "http-equiv", "datetime", "onclick").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name in ASCII lower case, shared when it is a common one.</summary>
    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length <= MaxInternedLength)
        {
            Span<char> lower = stackalloc char[name.Length];
            for (var i = 0; i < name.Length; i++)
            {
                lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
            }

            return Common.TryGetValue(lower, out var shared) ? shared : lower.ToString();
        }

        return string.Create(name.Length, name, static (lower, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                lower[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
            }
        });
    }
}
