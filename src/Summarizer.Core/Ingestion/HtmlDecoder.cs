using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// HTML, parsed with AngleSharp: the main content of the page as blocks (paragraphs, headings, list items, quotes,
/// table cells), without the page furniture around it (scripts, styles, navigation, header, footer, asides, forms,
/// frames, SVG) or anything hidden. The title is the <c>og:title</c> meta, else <c>&lt;title&gt;</c>, else the first
/// <c>&lt;h1&gt;</c>; a heading that repeats the title is not repeated in the text.
/// </summary>
public sealed class HtmlDecoder : IContentDecoder
{
    /// <summary>Elements whose content is never article text.</summary>
    private static readonly FrozenSet<string> SkippedElements = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "math",
        "button", "select", "textarea", "input", "object", "embed", "canvas", "video", "audio", "map", "dialog", "head");

    /// <summary>Elements that start and end a block of text; everything else flows inline.</summary>
    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "legend", "li", "main",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    // AngleSharp's parser is cheap to reuse but not safe to share between threads, so each thread keeps its own.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    public string MediaType => "text/html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public Article Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var document = (t_parser ??= new HtmlParser()).ParseDocument(text);
        var title = FindTitle(document);
        var body = document.Body ?? document.DocumentElement;
        var root = FindMainContent(document) ?? body;

        var cleaned = ExtractText(root, title, text.Length);
        if (cleaned.Length == 0 && root != body)
        {
            cleaned = ExtractText(body, title, text.Length);
        }

        if (cleaned.Length == 0)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText,
                "The HTML page has no visible text outside scripts, styles, navigation and hidden elements.");
        }

        return new Article(title, cleaned, MediaType);
    }

    private static string? FindTitle(IHtmlDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta[property], meta[name]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(key, "og:title", StringComparison.OrdinalIgnoreCase)
                && CleanLine(meta.GetAttribute("content")) is { } ogTitle)
            {
                return ogTitle;
            }
        }

        return CleanLine(document.Title)
            ?? CleanLine(document.QuerySelectorAll("h1").FirstOrDefault(h1 => !IsInsideSkipped(h1))?.TextContent);
    }

    /// <summary>
    /// The largest visible outermost <c>&lt;article&gt;</c>, else the first visible <c>&lt;main&gt;</c> (or
    /// <c>role="main"</c>), else null for the whole body. Outermost only, so comment threads made of nested articles
    /// are measured once and choosing stays linear.
    /// </summary>
    private static IElement? FindMainContent(IHtmlDocument document)
    {
        IElement? best = null;
        var bestLength = -1;
        foreach (var article in document.QuerySelectorAll("article"))
        {
            if (article.ParentElement?.Closest("article") is not null || IsInsideSkipped(article))
            {
                continue;
            }

            var length = article.TextContent.Length;
            if (length > bestLength)
            {
                best = article;
                bestLength = length;
            }
        }

        return best ?? document.QuerySelectorAll("main, [role=main]").FirstOrDefault(main => !IsInsideSkipped(main));
    }

    private static string ExtractText(IElement root, string? title, int capacityHint)
    {
        using var builder = new BlockTextBuilder(capacityHint);
        var titleRepeated = false;

        // (node, closing) pairs on an explicit stack: deeply nested markup must not overflow the call stack.
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((root, false));
        while (pending.TryPop(out var entry))
        {
            var (node, closing) = entry;
            if (closing)
            {
                builder.EndBlock();
                continue;
            }

            if (node is IText textNode)
            {
                builder.Append(textNode.Data);
                continue;
            }

            if (node is not IElement element || IsSkipped(element))
            {
                continue;
            }

            if (!titleRepeated && title is not null && element.LocalName is "h1" or "h2"
                && string.Equals(CleanLine(element.TextContent), title, StringComparison.Ordinal))
            {
                titleRepeated = true;
                continue;
            }

            if (element.LocalName == "br")
            {
                BreakLine(element, builder);
                continue;
            }

            if (BlockElements.Contains(element.LocalName))
            {
                builder.EndBlock();
                pending.Push((element, true));
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// One <c>&lt;br&gt;</c> wraps a line inside a sentence as often as it ends one, so it is a space; two in a row are
    /// how pages without <c>&lt;p&gt;</c> separate paragraphs, so they end the block.
    /// </summary>
    private static void BreakLine(IElement lineBreak, BlockTextBuilder builder)
    {
        var next = lineBreak.NextSibling;
        while (next is IText text && TextCharacters.IsBlank(text.Data))
        {
            next = next.NextSibling;
        }

        if (next is IElement { LocalName: "br" })
        {
            builder.EndBlock();
        }
        else
        {
            builder.AppendSpace();
        }
    }

    private static bool IsInsideSkipped(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (IsSkipped(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSkipped(IElement element) =>
        SkippedElements.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
        || InlineStyle.Hides(element.GetAttribute("style"));

    private static string? CleanLine(string? text)
    {
        if (text is null)
        {
            return null;
        }

        using var builder = new BlockTextBuilder(text.Length);
        builder.Append(text);
        var cleaned = builder.ToString();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
