using System.Collections.Frozen;
using Summarizer.Core.Ingestion.Html.Parsing;
using Summarizer.Core.Ingestion.Html.Scoring;

namespace Summarizer.Core.Ingestion.Html;

/// <summary>
/// HTML, parsed by <see cref="HtmlTreeBuilder"/>: the article of the page as blocks (paragraphs, headings, list items,
/// quotes, table cells, MathML formulas as words), found by <see cref="MainContentFinder"/> from text density, commas,
/// link density, class/id/role names and landmarks, without the page furniture around or inside it (menus, related
/// links, share bars, comments, players, scripts, styles, frames, SVG, anything hidden). The title is the
/// <c>og:title</c> meta, else <c>&lt;title&gt;</c>, else the first <c>&lt;h1&gt;</c>; a heading that repeats the title
/// is not repeated in the text.
/// </summary>
public sealed class HtmlDecoder : TextDecoder
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

    public override ArticleFormat Format => ArticleFormats.Html;

    public override Article Decode(string text, DecodeBudget budget)
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

        return new Article(title, cleaned.Text, Format.MediaType) { Asides = cleaned.Asides };
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
            if (entry.Step == Step.EndAside)
            {
                EndAside(asideStarts.Pop(), builder, ref asides);
                continue;
            }

            if (AppendStep(entry, builder)
                || entry.Node is not HtmlElement element || HtmlElements.IsSkipped(element) || content.Excluded.Contains(element))
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

            StartElement(element, builder, pending);
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

    /// <summary>Closes the aside that started at <paramref name="start"/>: it is kept when it holds any text.</summary>
    private static void EndAside(int start, BlockTextBuilder builder, ref List<Range>? asides)
    {
        if (builder.Length > start)
        {
            (asides ??= []).Add(new Range(start, builder.Length));
        }
    }

    /// <summary>Appends what a queued step stands for (a block end, a space, a text node); false for an element to visit.</summary>
    private static bool AppendStep((HtmlNode? Node, Step Step) entry, BlockTextBuilder builder)
    {
        switch (entry)
        {
            case { Step: Step.EndBlock }:
                builder.EndBlock();
                return true;
            case { Step: Step.Space }:
                builder.AppendSpace();
                return true;
            case { Node: HtmlText textNode }:
                builder.Append(textNode.Data);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Starts an element's text: a block ends the one before it (and its own end is queued), a formula token is a word.</summary>
    private static void StartElement(HtmlElement element, BlockTextBuilder builder, Stack<(HtmlNode? Node, Step Step)> pending)
    {
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
