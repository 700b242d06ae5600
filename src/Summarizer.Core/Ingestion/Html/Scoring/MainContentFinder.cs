using Summarizer.Core.Ingestion.Html.Parsing;


namespace Summarizer.Core.Ingestion.Html.Scoring;

/// <summary>
/// Finds a page's article by scoring candidates (<see cref="CandidateScorer"/>) rather than trusting landmarks: the best
/// scored container, moved up when its ancestors hold the rest of the article, joined by siblings that score well or
/// read as prose, with the furniture inside them pruned (<see cref="ContentPruner"/>).
/// </summary>
/// <remarks>
/// As in Readability, a first attempt strips blocks named as furniture, weighs classes and prunes; when what it
/// keeps is short, the next attempt relaxes one of those; a relaxed result wins only when it recovers much more text.
/// </remarks>
internal static class MainContentFinder
{
    /// <summary>Length of text below which a result is suspected of having lost the article.</summary>
    private const int ShortArticleLength = 500;

    /// <summary>Text a relaxed attempt must add (besides doubling the length) to replace a stricter one.</summary>
    private const int MinRecoveredLength = 200;

    private const int TopCandidates = 5;
    private const int AgreeingCandidates = 3;

    /// <summary>The attempts in order: each relaxes one rule of the one before.</summary>
    private static readonly (bool StripUnlikely, bool WeightClasses, bool Prune)[] Attempts =
        [(true, true, true), (false, true, true), (false, false, true), (false, false, false)];

    /// <summary>The text <paramref name="extract"/> reads from the first content found that is long enough, else the best short one.</summary>
    public static PageText Extract(HtmlElement body, Func<MainContent, PageText> extract)
    {
        PageText? best = null;
        foreach (var (stripUnlikely, weightClasses, prune) in Attempts)
        {
            var text = extract(FindOnce(body, stripUnlikely, weightClasses, prune));
            if (text.Text.Length >= ShortArticleLength)
            {
                return text;
            }

            // A relaxed attempt brings furniture back with whatever it recovers, so it must recover a lot to win.
            if (best is null || (text.Text.Length > best.Text.Length * 2 && text.Text.Length > best.Text.Length + MinRecoveredLength))
            {
                best = text;
            }
        }

        return best!;
    }

    private static MainContent FindOnce(HtmlElement body, bool stripUnlikely, bool weightClasses, bool prune)
    {
        var scan = PageScan.Run(body, stripUnlikely);
        var candidates = CandidateScorer.Score(scan, weightClasses);
        var excluded = scan.Excluded;

        // Without a paragraph long enough to score, the page's landmarks are the best evidence left.
        var top = candidates.Count == 0 ? LargestLandmark(scan) ?? scan.Root : ChooseTop(scan, candidates, weightClasses);
        var roots = top == scan.Root || candidates.Count == 0 ? [top] : WithSiblings(scan, top);
        if (candidates.Count > 0 && top != scan.Root)
        {
            AddTwins(scan, candidates, candidates[0], roots);
        }

        if (prune)
        {
            foreach (var root in roots)
            {
                ContentPruner.Prune(scan, root, weightClasses, dropShortBlocks: candidates.Count > 0, excluded);
            }
        }

        return new MainContent([.. roots.Select(root => root.Element)], excluded);
    }

    private static PageNode ChooseTop(PageScan scan, List<PageNode> candidates, bool weightClasses)
    {
        // Best first; ties go to the earlier element so the choice never depends on the sort's stability.
        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        var top = candidates[0];
        if (top == scan.Root)
        {
            return top;
        }

        // Several near-best candidates under one ancestor are parts of one article split into sections.
        var agreeing = candidates.Skip(1).Take(TopCandidates - 1).Where(c => c.Score >= top.Score * 0.75).ToList();
        if (agreeing.Count >= AgreeingCandidates)
        {
            for (var ancestor = top.Parent; ancestor is not null && ancestor != scan.Root; ancestor = ancestor.Parent)
            {
                if (agreeing.Count(c => IsAncestor(ancestor, c)) >= AgreeingCandidates)
                {
                    top = ancestor;
                    break;
                }
            }
        }

        if (!top.IsCandidate)
        {
            top.IsCandidate = true;
            top.Score = CandidateScorer.StartScore(top, weightClasses);
        }

        // Climb while a parent scores better: the article's text is spread over its children.
        var lastScore = top.Score;
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent is not null && parent != scan.Root; parent = parent.Parent)
        {
            if (!parent.IsCandidate)
            {
                continue;
            }

            if (parent.Score < threshold)
            {
                break;
            }

            if (parent.Score > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parent.Score;
        }

        return WithLoneParents(scan, top);
    }

    /// <summary>A lone child is no better than its parent, which may hold the title or the byline too.</summary>
    private static PageNode WithLoneParents(PageScan scan, PageNode node)
    {
        while (node.Parent is { } only && only != scan.Root && ElementChildCount(only) == 1)
        {
            node = only;
        }

        return node;
    }

    /// <summary>The largest outermost <c>&lt;article&gt;</c>, else the first <c>&lt;main&gt;</c> (or <c>role="main"</c>).</summary>
    private static PageNode? LargestLandmark(PageScan scan)
    {
        PageNode? article = null, main = null;
        for (var i = 0; i < scan.Nodes.Count; i++)
        {
            var node = scan.Nodes[i];
            if (node.Name == "article")
            {
                if (article is null || node.Total.Characters > article.Total.Characters)
                {
                    article = node;
                }

                i = node.End - 1;
            }
            else if (main is null && CandidateScorer.IsLandmark(node.Element))
            {
                main = node;
            }
        }

        return (article ?? main) is { Total.Characters: > 0 } landmark ? landmark : null;
    }

    private static List<PageNode> WithSiblings(PageScan scan, PageNode top)
    {
        var parent = top.Parent!;
        var threshold = Math.Max(10, top.Score * 0.2);
        var topClass = top.Element.GetAttribute("class");
        var roots = new List<PageNode>();
        foreach (var sibling in ChildrenOf(scan, parent))
        {
            if (sibling == top)
            {
                roots.Add(sibling);
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && string.Equals(sibling.Element.GetAttribute("class"), topClass, StringComparison.Ordinal)
                ? top.Score * 0.2
                : 0;
            if (sibling.IsCandidate && sibling.Score + bonus >= threshold)
            {
                roots.Add(sibling);
            }
            else if (sibling.Name == "p" && ReadsAsProse(sibling))
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    private static bool ReadsAsProse(PageNode paragraph)
    {
        var length = paragraph.Total.Characters;
        var linkDensity = paragraph.Total.LinkDensity;
        if (length > 65)
        {
            return linkDensity < 0.25;
        }

        var text = paragraph.Element.TextContent.AsSpan().TrimEnd();
        return length > 0 && linkDensity == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Adds the parts of an article split into sections that do not share a parent: candidates elsewhere on the
    /// page with exactly the top candidate's class that score well. The roots stay in document order.
    /// </summary>
    private static void AddTwins(PageScan scan, List<PageNode> candidates, PageNode best, List<PageNode> roots)
    {
        var topClass = best.Element.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(topClass))
        {
            return;
        }

        var threshold = Math.Max(10, best.Score * 0.2);
        var added = false;
        foreach (var candidate in candidates)
        {
            if (candidate.Score < threshold || !string.Equals(candidate.Element.GetAttribute("class"), topClass, StringComparison.Ordinal))
            {
                continue;
            }

            var twin = WithLoneParents(scan, candidate);
            if (!roots.Exists(root => root == twin || IsAncestor(root, twin) || IsAncestor(twin, root)))
            {
                roots.Add(twin);
                added = true;
            }
        }

        if (added)
        {
            roots.Sort((a, b) => a.Index.CompareTo(b.Index));
        }
    }

    /// <summary>The scanned children of a node: in its range, each child's subtree ends where the next child starts.</summary>
    private static List<PageNode> ChildrenOf(PageScan scan, PageNode parent)
    {
        var children = new List<PageNode>();
        for (var i = parent.Index + 1; i < parent.End; i = scan.Nodes[i].End)
        {
            children.Add(scan.Nodes[i]);
        }

        return children;
    }

    private static int ElementChildCount(PageNode node) => node.Element.ChildElementCount;

    private static bool IsAncestor(PageNode ancestor, PageNode node) => node.Index > ancestor.Index && node.Index < ancestor.End;
}
