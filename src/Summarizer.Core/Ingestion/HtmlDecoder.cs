using System.Collections.Frozen;
using Summarizer.Core.Ingestion.Html;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// HTML, parsed by <see cref="HtmlTreeBuilder"/>: the article of the page as blocks (paragraphs, headings, list items,
/// quotes, table cells, MathML formulas as words), found by <see cref="MainContentFinder"/> from text density, commas,
/// link density, class/id/role names and landmarks, without the page furniture around or inside it (menus, related
/// links, share bars, comments, players, scripts, styles, frames, SVG, anything hidden). The title is the
/// <c>og:title</c> meta, else <c>&lt;title&gt;</c>, else the first <c>&lt;h1&gt;</c>; a heading that repeats the title
/// is not repeated in the text.
/// </summary>
public sealed class HtmlDecoder : IContentDecoder
{
    /// <summary>The only attributes the decoder and the tree builder look at; the parser skips the rest.</summary>
    internal static readonly FrozenSet<string> ReadAttributes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. HtmlTreeBuilder.OwnAttributes, "class", "id", "role", "style", "hidden", "aria-hidden", "itemprop", "property", "name", "content"]);

    private enum Step
    {
        Visit,
        EndBlock,
        Space,
        EndAside,
    }

    public string MediaType => "text/html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public Article Decode(string text) => Decode(text, DecodeBudget.ForText(text));

    public Article Decode(string text, DecodeBudget budget)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Decode(HtmlTreeBuilder.Parse(text, ReadAttributes, budget), text.Length);
    }

    /// <summary>The article of a parsed page; the parser's differential test also feeds it AngleSharp's tree.</summary>
    internal Article Decode(HtmlDocument document, int capacityHint)
    {
        var title = FindTitle(document);
        var cleaned = MainContentFinder.Extract(document.Body, content => ExtractText(content, title, capacityHint));
        if (cleaned.Text.Length == 0)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText,
                "The HTML page has no visible text outside scripts, styles, navigation and hidden elements.");
        }

        return new Article(title, cleaned.Text, MediaType) { Asides = cleaned.Asides };
    }

    private static string? FindTitle(HtmlDocument document)
    {
        foreach (var meta in document.Head.ChildNodes.OfType<HtmlElement>())
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (meta.Name == "meta"
                && string.Equals(key, "og:title", StringComparison.OrdinalIgnoreCase)
                && CleanLine(meta.GetAttribute("content")) is { } ogTitle)
            {
                return ogTitle;
            }
        }

        return CleanLine(document.Title) ?? CleanLine(FirstVisibleHeading(document.Body)?.TextContent);
    }

    /// <summary>The first <c>&lt;h1&gt;</c> outside hidden and never-text elements such as navigation.</summary>
    private static HtmlElement? FirstVisibleHeading(HtmlElement root)
    {
        var pending = new Stack<HtmlElement>();
        pending.Push(root);
        while (pending.TryPop(out var element))
        {
            if (HtmlElements.IsSkipped(element))
            {
                continue;
            }

            if (element.Name == "h1")
            {
                return element;
            }

            var children = element.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                if (children[i] is HtmlElement child)
                {
                    pending.Push(child);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The text of the content's roots in order, block by block, leaving out what the content excludes, with the
    /// stretches that are asides (<see cref="ElementPatterns.IsAside"/>).
    /// </summary>
    internal static PageText ExtractText(MainContent content, string? title, int capacityHint)
    {
        using var builder = new BlockTextBuilder(capacityHint);
        var titleRepeated = false;
        var asideStarts = new Stack<int>();
        List<Range>? asides = null;

        // An explicit stack rather than recursion: deeply nested markup must not overflow the call stack.
        var pending = new Stack<(HtmlNode? Node, Step Step)>();
        for (var i = content.Roots.Count - 1; i >= 0; i--)
        {
            pending.Push((null, Step.EndBlock));
            pending.Push((content.Roots[i], Step.Visit));
        }

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

            if (entry.Step == Step.EndAside)
            {
                var start = asideStarts.Pop();
                if (builder.Length > start)
                {
                    (asides ??= []).Add(new Range(start, builder.Length));
                }

                continue;
            }

            if (entry.Node is HtmlText textNode)
            {
                builder.Append(textNode.Data);
                continue;
            }

            if (entry.Node is not HtmlElement element || HtmlElements.IsSkipped(element) || content.Excluded.Contains(element))
            {
                continue;
            }

            if (!titleRepeated && title is not null && element.Name is "h1" or "h2"
                && string.Equals(CleanLine(element.TextContent), title, StringComparison.Ordinal))
            {
                titleRepeated = true;
                continue;
            }

            var isAside = ElementPatterns.IsAside(element);
            if (isAside)
            {
                pending.Push((null, Step.EndAside));
            }

            if (HtmlElements.IsBlock(element.Name))
            {
                builder.EndBlock();
                pending.Push((null, Step.EndBlock));
            }
            else if (HtmlElements.IsMathToken(element.Name))
            {
                // Formula tokens are separate words even when the markup puts no space between them.
                builder.AppendSpace();
                pending.Push((null, Step.Space));
            }

            if (isAside)
            {
                asideStarts.Push(builder.Length);
            }

            PushChildren(element, pending);
        }

        var text = builder.ToString();

        // Normalisation may move offsets (rarely: only composable marks change length); asides are then not marked.
        return new PageText(text, asides is null || text.Length != builder.Length ? [] : asides);
    }

    /// <summary>
    /// Pushes the children in reverse so they pop in document order. One <c>&lt;br&gt;</c> wraps a line inside a
    /// sentence as often as it ends one, so it is a space; two in a row are how pages without <c>&lt;p&gt;</c> separate
    /// paragraphs, so they end the block. Siblings are compared here, in one pass over the children.
    /// </summary>
    private static void PushChildren(HtmlElement element, Stack<(HtmlNode? Node, Step Step)> pending)
    {
        var children = element.ChildNodes;
        var nextIsLineBreak = false;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            var child = children[i];
            if (child is HtmlElement { Name: "br" })
            {
                pending.Push((null, nextIsLineBreak ? Step.EndBlock : Step.Space));
                nextIsLineBreak = true;
                continue;
            }

            pending.Push((child, Step.Visit));
            if (child is not HtmlText text || !TextCharacters.IsBlank(text.Data))
            {
                nextIsLineBreak = false;
            }
        }
    }

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
