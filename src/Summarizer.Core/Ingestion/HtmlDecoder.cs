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

    private enum Step
    {
        Visit,
        EndBlock,
        Space,
    }

    public string MediaType => "text/html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public Article Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        HtmlNestingGuard.ThrowIfTooDeep(text);
        var document = (t_parser ??= new HtmlParser()).ParseDocument(text);
        var body = document.Body ?? document.DocumentElement;
        var (mainContent, firstHeading) = FindLandmarks(body);
        var title = FindTitle(document, firstHeading);
        var root = mainContent ?? body;

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

    private static string? FindTitle(IHtmlDocument document, IElement? firstHeading)
    {
        foreach (var meta in document.Head?.Children ?? Enumerable.Empty<IElement>())
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (meta.LocalName == "meta"
                && string.Equals(key, "og:title", StringComparison.OrdinalIgnoreCase)
                && CleanLine(meta.GetAttribute("content")) is { } ogTitle)
            {
                return ogTitle;
            }
        }

        return CleanLine(document.Title) ?? CleanLine(firstHeading?.TextContent);
    }

    /// <summary>
    /// One walk over the visible elements. The main content is the largest outermost <c>&lt;article&gt;</c>, else the
    /// first <c>&lt;main&gt;</c> (or <c>role="main"</c>), else null for the whole body; the first visible
    /// <c>&lt;h1&gt;</c> is kept for the title. Only outermost articles are measured, so comment threads made of nested
    /// articles are counted once and the walk stays linear.
    /// </summary>
    private static (IElement? MainContent, IElement? FirstHeading) FindLandmarks(IElement body)
    {
        IElement? bestArticle = null, main = null, firstHeading = null;
        var bestLength = -1;
        var pending = new Stack<(IElement Element, bool InsideArticle)>();
        pending.Push((body, false));
        while (pending.TryPop(out var entry))
        {
            var (element, insideArticle) = entry;
            if (IsSkipped(element))
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "h1":
                    firstHeading ??= element;
                    break;
                case "article" when !insideArticle:
                    var length = element.TextContent.Length;
                    if (length > bestLength)
                    {
                        bestArticle = element;
                        bestLength = length;
                    }

                    insideArticle = true;
                    break;
                case "main":
                    main ??= element;
                    break;
                default:
                    if (main is null && string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
                    {
                        main = element;
                    }

                    break;
            }

            // ChildNodes, not Children: AngleSharp's element collection filters on every index, which is quadratic.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    pending.Push((child, insideArticle));
                }
            }
        }

        return (bestArticle ?? main, firstHeading);
    }

    private static string ExtractText(IElement root, string? title, int capacityHint)
    {
        using var builder = new BlockTextBuilder(capacityHint);
        var titleRepeated = false;

        // An explicit stack rather than recursion: deeply nested markup must not overflow the call stack.
        var pending = new Stack<(INode? Node, Step Step)>();
        pending.Push((root, Step.Visit));
        while (pending.TryPop(out var entry))
        {
            if (entry.Step == Step.EndBlock)
            {
                builder.EndBlock();
                continue;
            }

            if (entry.Step == Step.Space)
            {
                builder.AppendSpace();
                continue;
            }

            if (entry.Node is IText textNode)
            {
                builder.Append(textNode.Data);
                continue;
            }

            if (entry.Node is not IElement element || IsSkipped(element))
            {
                continue;
            }

            if (!titleRepeated && title is not null && element.LocalName is "h1" or "h2"
                && string.Equals(CleanLine(element.TextContent), title, StringComparison.Ordinal))
            {
                titleRepeated = true;
                continue;
            }

            if (BlockElements.Contains(element.LocalName))
            {
                builder.EndBlock();
                pending.Push((null, Step.EndBlock));
            }

            PushChildren(element, pending);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Pushes the children in reverse so they pop in document order. One <c>&lt;br&gt;</c> wraps a line inside a
    /// sentence as often as it ends one, so it is a space; two in a row are how pages without <c>&lt;p&gt;</c> separate
    /// paragraphs, so they end the block. Siblings are compared here because AngleSharp's NextSibling is a search.
    /// </summary>
    private static void PushChildren(IElement element, Stack<(INode? Node, Step Step)> pending)
    {
        var children = element.ChildNodes;
        var nextIsLineBreak = false;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            var child = children[i];
            if (child is IElement { LocalName: "br" })
            {
                pending.Push((null, nextIsLineBreak ? Step.EndBlock : Step.Space));
                nextIsLineBreak = true;
                continue;
            }

            pending.Push((child, Step.Visit));
            if (child is not IText text || !TextCharacters.IsBlank(text.Data))
            {
                nextIsLineBreak = false;
            }
        }
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
