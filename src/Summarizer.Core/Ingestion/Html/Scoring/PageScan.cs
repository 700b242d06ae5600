using Summarizer.Core.Ingestion.Html.Parsing;

namespace Summarizer.Core.Ingestion.Html.Scoring;

/// <summary>
/// One pass over a page's visible elements that lists them in document order with their text counts, the subtree
/// totals summed bottom-up. Hidden and never-text elements are left out; so are blocks named as furniture
/// (<see cref="ElementPatterns.IsUnlikelyContent"/>) when <c>stripUnlikely</c> is set, and those are remembered in
/// <see cref="Excluded"/> so the text walk leaves them out too. A page's apparatus (citation markers, infoboxes,
/// navigation boxes: <see cref="ElementPatterns.IsApparatus"/>) is left out the same way in every attempt.
/// </summary>
internal sealed class PageScan
{
    private PageScan(List<PageNode> nodes, HashSet<HtmlElement> excluded)
    {
        Nodes = nodes;
        Excluded = excluded;
    }

    public List<PageNode> Nodes { get; }

    public HashSet<HtmlElement> Excluded { get; }

    public PageNode Root => Nodes[0];

    public static PageScan Run(HtmlElement root, bool stripUnlikely)
    {
        var nodes = new List<PageNode>();
        var excluded = new HashSet<HtmlElement>();

        // An explicit stack rather than recursion: deeply nested markup must not overflow the call stack. Children are
        // pushed in reverse so they pop in document order and every subtree is a contiguous run of the list.
        var pending = new Stack<(HtmlElement Element, PageNode? Parent)>();
        pending.Push((root, null));
        while (pending.TryPop(out var entry))
        {
            var (element, parent) = entry;
            var name = element.Name;
            if (parent is not null && ElementPatterns.IsApparatus(element))
            {
                // Citation markers and infoboxes are left out of every attempt, not only the strict one.
                excluded.Add(element);
                continue;
            }

            if (stripUnlikely && parent is not null && !parent.InCodeOrTable && name is not ("a" or "body" or "main")
                && ElementPatterns.IsUnlikelyContent(element))
            {
                excluded.Add(element);
                continue;
            }

            var node = CreateNode(element, parent, nodes.Count);
            CountElement(node);
            nodes.Add(node);
            CountChildren(node, pending);
        }

        SumTotals(nodes);
        return new PageScan(nodes, excluded);
    }

    /// <summary>The node of an element, with what it inherits from its parent (link, heading, list item, figure, code or table, block).</summary>
    private static PageNode CreateNode(HtmlElement element, PageNode? parent, int index)
    {
        var name = element.Name;
        var node = new PageNode(element, parent, index)
        {
            InLink = parent?.InLink == true || name == "a",
            InHeading = parent?.InHeading == true || HtmlElements.IsHeading(name),
            InListItem = parent?.InListItem == true || name == "li",
            InFigure = parent?.InFigure == true || name == "figure",
            InCodeOrTable = parent?.InCodeOrTable == true || name is "pre" or "code" || IsDataTable(element),
        };
        var isBlock = HtmlElements.IsBlock(name);
        node.Block = isBlock || parent is null ? node : parent.Block;
        if (isBlock && parent is not null)
        {
            parent.HasBlockChildren = true;
        }

        return node;
    }

    /// <summary>Counts the node's own text and skipped children, and queues its child elements (in reverse, so they pop in order).</summary>
    private static void CountChildren(PageNode node, Stack<(HtmlElement Element, PageNode? Parent)> pending)
    {
        var children = node.Element.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            switch (children[i])
            {
                case HtmlText text:
                    CountText(node, text.Data);
                    break;
                case HtmlElement child when HtmlElements.IsSkipped(child):
                    CountSkipped(node, child.Name);
                    break;
                case HtmlElement child:
                    pending.Push((child, node));
                    break;
            }
        }
    }

    /// <summary>Sums each subtree's counts bottom-up (a subtree is a contiguous run of the list, its root first).</summary>
    private static void SumTotals(List<PageNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            nodes[i].Total = nodes[i].Own;
        }

        for (var i = nodes.Count - 1; i > 0; i--)
        {
            var node = nodes[i];
            var parent = node.Parent!;
            parent.Total.Add(node.Total);
            parent.End = Math.Max(parent.End, node.End);
        }
    }

    /// <summary>A table that holds data (header cells or a caption) rather than laying out the page.</summary>
    /// <remarks>Only the table's own rows are looked at, so nested layout tables are not scanned twice.</remarks>
    private static bool IsDataTable(HtmlElement element)
    {
        if (element.Name != "table" || element.GetAttribute("role") is "presentation" or "none")
        {
            return false;
        }

        foreach (var child in element.ChildNodes)
        {
            switch (child)
            {
                case HtmlElement { Name: "caption" or "thead" }:
                    return true;
                case HtmlElement { Name: "tr" } row when HasHeaderCell(row):
                    return true;
                case HtmlElement { Name: "tbody" or "tfoot" } section:
                    foreach (var row in section.ChildNodes)
                    {
                        if (row is HtmlElement { Name: "tr" } tableRow && HasHeaderCell(tableRow))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;

        static bool HasHeaderCell(HtmlElement row)
        {
            foreach (var cell in row.ChildNodes)
            {
                if (cell is HtmlElement { Name: "th" })
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static void CountElement(PageNode node)
    {
        switch (node.Name)
        {
            case "p":
                node.Own.Paragraphs++;
                break;
            case "img":
            case "picture":
                node.Own.Images++;
                break;
            case "li":
                node.Own.ListItems++;
                break;
        }
    }

    private static void CountSkipped(PageNode parent, string name)
    {
        switch (name)
        {
            case "input":
            case "button":
            case "select":
            case "textarea":
                parent.Own.Inputs++;
                break;
            case "iframe":
            case "object":
            case "embed":
            case "video":
                parent.Own.Embeds++;
                break;
        }
    }

    private static void CountText(PageNode node, string text)
    {
        var characters = 0;
        var commas = 0;
        foreach (var c in text)
        {
            if (c > ' ' && !char.IsWhiteSpace(c))
            {
                characters++;
                if (c is ',' or '\u060C' or '\uFE50' or '\uFE10' or '\uFE11' or '\u2E41' or '\u2E34' or '\u2E32' or '\uFF0C' or '\u3001')
                {
                    commas++;
                }
            }
        }

        if (characters == 0)
        {
            return;
        }

        node.Own.Characters += characters;
        node.Own.Commas += commas;
        if (node.InLink)
        {
            node.Own.LinkCharacters += characters;
        }

        if (node.InHeading)
        {
            node.Own.HeadingCharacters += characters;
        }

        if (node.InListItem)
        {
            node.Own.ListItemCharacters += characters;
        }

        var block = node.Block!;
        block.ParagraphCharacters += characters;
        block.ParagraphCommas += commas;
    }
}
