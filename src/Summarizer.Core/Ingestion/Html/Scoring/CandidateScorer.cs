using Summarizer.Core.Ingestion.Html.Parsing;


namespace Summarizer.Core.Ingestion.Html.Scoring;

/// <summary>
/// Scores the blocks of a scanned page the way Readability does: every paragraph of 20 or more visible characters
/// gives its container 1 point, plus one per comma and one per 85 characters (at most 3), and half of that to the
/// grandparent and less to ancestors further up. A container starts from what its tag and its class/id say (a
/// landmark <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> starts higher) and its final score is scaled down by its
/// link density, so menus and link lists lose to prose.
/// </summary>
internal static class CandidateScorer
{
    private const int MinParagraphCharacters = 20;
    private const int CharactersPerPoint = 85;
    private const int MaxLengthPoints = 3;
    private const int AncestorLevels = 5;

    /// <summary>Start score of a landmark: strong enough to win a tie, too weak to beat a larger body of prose.</summary>
    private const int LandmarkBonus = 15;

    public static List<PageNode> Score(PageScan scan, bool weightClasses)
    {
        var candidates = new List<PageNode>();
        foreach (var node in scan.Nodes)
        {
            if (node.Block != node || node.ParagraphCharacters < MinParagraphCharacters || node.InLink
                || node.Name is "li" or "dt" or "dd" or "th" or "caption" or "figcaption" or "summary" or "legend" or "h1")
            {
                continue;
            }

            var points = 1.0 + node.ParagraphCommas + Math.Min(node.ParagraphCharacters / CharactersPerPoint, MaxLengthPoints);

            // Loose text beside other blocks is a paragraph of its own container; a leaf block is the paragraph.
            var first = node.HasBlockChildren && !IsParagraph(node.Name) ? node : node.Parent;
            var level = 0;
            for (var ancestor = first; ancestor is not null && level < AncestorLevels; ancestor = ancestor.Parent, level++)
            {
                if (!ancestor.IsCandidate)
                {
                    ancestor.IsCandidate = true;
                    ancestor.Score = StartScore(ancestor, weightClasses);
                    candidates.Add(ancestor);
                }

                ancestor.Score += level switch
                {
                    0 => points,
                    1 => points / 2,
                    _ => points / (level * 3),
                };
            }
        }

        foreach (var candidate in candidates)
        {
            candidate.Score *= 1 - candidate.Total.LinkDensity;
        }

        return candidates;
    }

    /// <summary>What the element is worth before its paragraphs count: its tag, its class and id, its landmark role.</summary>
    public static double StartScore(PageNode node, bool weightClasses)
    {
        var score = node.Name switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };

        if (weightClasses)
        {
            score += ElementPatterns.Weight(node.Element);
        }

        if (IsLandmark(node.Element))
        {
            score += LandmarkBonus;
        }

        return score;
    }

    public static bool IsLandmark(HtmlElement element) =>
        element.Name is "article" or "main"
        || string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase)
        || string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase);

    private static bool IsParagraph(string name) => name is "p" or "pre" or "td" or "blockquote" or "h2" or "h3" or "h4" or "h5" or "h6";
}
