using Summarizer.Core.Ingestion.Html.Parsing;


namespace Summarizer.Core.Ingestion.Html.Scoring;

/// <summary>
/// Drops furniture inside the chosen content, bottom-up so a container is judged on what is left once its own
/// furniture is gone: containers named as furniture, small blocks named as share bars, players or sign-ups, and
/// containers with too little prose for what they hold (mostly links, images, form fields or embeds, or a few
/// words like "Mute" or "Captions"). Containers with ten commas or more are prose and stay.
/// </summary>
internal static class ContentPruner
{
    private const int MinCharacters = 20;
    private const int MaxFurnitureCharacters = 400;

    /// <summary>Most children a parent may have for its small blocks to be looked at as a comment section's preface.</summary>
    private const int MaxPrefaceSiblings = 256;

    /// <summary>Most text left in a block that lost two thirds of its text to pruning for the rest to go too.</summary>
    private const int MaxOrphanCharacters = 80;

    /// <summary>A list this much made of links is a list of headlines or a menu, not part of the article.</summary>
    private const double MaxListLinkDensity = 0.8;

    /// <summary>Removes furniture inside <paramref name="root"/>, bottom-up, adding what goes to <paramref name="excluded"/>.</summary>
    /// <param name="scan">The page's one-pass counts.</param>
    /// <param name="root">The chosen main content.</param>
    /// <param name="weightClasses">Whether class and id names count as furniture signals.</param>
    /// <param name="dropShortBlocks">
    /// Whether a block of a few words is furniture; not on a page without a single paragraph long enough to score,
    /// where every block is short.
    /// </param>
    /// <param name="excluded">Elements left out of the text; pruned blocks are added.</param>
    public static void Prune(PageScan scan, PageNode root, bool weightClasses, bool dropShortBlocks, HashSet<HtmlElement> excluded)
    {
        var nodes = scan.Nodes;
        var kept = new ContentCounts[root.End - root.Index];
        for (var i = root.Index; i < root.End; i++)
        {
            kept[i - root.Index] = nodes[i].Own;
        }

        for (var i = root.End - 1; i > root.Index; i--)
        {
            var node = nodes[i];
            ref var counts = ref kept[i - root.Index];
            if (IsFurniture(node, counts, weightClasses, dropShortBlocks))
            {
                excluded.Add(node.Element);
                continue;
            }

            kept[node.Parent!.Index - root.Index].Add(counts);
        }
    }

    /// <summary>
    /// A container right before a comment section, in the same parent: the section's preface (its rules, "opinions
    /// below are the readers' own"), which sites put beside the widget rather than inside it.
    /// </summary>
    private static bool IsCommentsPreface(PageNode node)
    {
        // Finding the next sibling searches the parent's children; a parent with hundreds of them is a list, not the end
        // of an article, and is not searched, so a page of many small blocks costs no more than before.
        if (node.Name is not ("div" or "section") || node.Element.Parent is not { } parent || parent.ChildNodes.Count > MaxPrefaceSiblings)
        {
            return false;
        }

        var siblings = parent.ChildNodes;
        var index = siblings.IndexOf(node.Element);
        for (var i = index + 1; i < siblings.Count; i++)
        {
            if (siblings[i] is HtmlElement next)
            {
                return ElementPatterns.IsComments(next);
            }
        }

        return false;
    }

    private static bool IsFurniture(PageNode node, in ContentCounts counts, bool weightClasses, bool dropShortBlocks)
    {
        if (node.InCodeOrTable)
        {
            return false;
        }

        if (counts.Characters < MaxFurnitureCharacters && !CandidateScorer.IsLandmark(node.Element)
            && (ElementPatterns.IsFurniture(node.Element) || IsCommentsPreface(node)))
        {
            return true;
        }

        var weight = weightClasses ? ElementPatterns.Weight(node.Element) : 0;
        if (HtmlElements.IsHeading(node.Name))
        {
            return weight < 0 || (counts.Characters > 0 && counts.LinkDensity > 0.5 && node.Name is "h1" or "h2");
        }

        if (node.Name is not ("div" or "section" or "form" or "fieldset" or "table" or "ul" or "ol" or "dl"))
        {
            return false;
        }

        if (weight < 0)
        {
            return true;
        }

        if (counts.Commas >= 10)
        {
            return false;
        }

        // A block whose furniture was pruned keeps only the label of that furniture ("Most read", "Share this").
        if (counts.Characters < node.Total.Characters / 3 && counts.Characters < MaxOrphanCharacters)
        {
            return true;
        }

        var isList = node.Name is "ul" or "ol"
            || (counts.Characters > 0 && (double)counts.ListItemCharacters / counts.Characters > 0.9);
        var paragraphs = counts.Paragraphs;
        var images = counts.Images;
        var headingDensity = counts.Characters == 0 ? 0 : (double)counts.HeadingCharacters / counts.Characters;
        var linkDensity = counts.LinkDensity;
        return (images > 1 && (double)paragraphs / images < 0.5 && !node.InFigure)
            || (!isList && counts.ListItems - 100 > paragraphs)
            || counts.Inputs > paragraphs / 3
            || (dropShortBlocks && !isList && headingDensity < 0.9 && counts.Characters < MinCharacters && (images == 0 || images > 2) && !node.InFigure)
            || (!isList && weight < ElementPatterns.ClassWeight && linkDensity > 0.2)
            || (isList && weight < ElementPatterns.ClassWeight && linkDensity > MaxListLinkDensity)
            || (weight >= ElementPatterns.ClassWeight && linkDensity > 0.5)
            || (counts.Embeds == 1 && counts.Characters < 65) || counts.Embeds > 1;
    }
}
