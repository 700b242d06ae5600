using System.Buffers;
using System.Collections.Frozen;
using Summarizer.Core.Ingestion.Html.Parsing;

namespace Summarizer.Core.Ingestion.Html.Scoring;

/// <summary>
/// What an element's <c>class</c>, <c>id</c> and <c>role</c> say about it. Sites name their furniture the same way
/// everywhere (comment, related, share, menu…) and their content too (article, post, entry, story…), so these words
/// are a strong, cheap signal. Matching is by substring, case-insensitive, with precompiled multi-string searches.
/// </summary>
internal static class ElementPatterns
{
    /// <summary>Weight a matching class or id adds to (or takes from) a candidate's score.</summary>
    public const int ClassWeight = 25;

    /// <summary>Names of blocks that are page furniture so reliably that they are dropped before scoring.</summary>
    private static readonly SearchValues<string> Unlikely = SearchValues.Create(
        ["-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
         "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
         "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
         "newsletter", "subscribe", "signup", "cookie", "consent", "promo", "popular", "trending", "taboola", "outbrain"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Names that may hold the article even when they also look like furniture (<c>main-header</c> vs <c>article-body</c>).</summary>
    private static readonly SearchValues<string> MaybeContent = SearchValues.Create(
        ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Positive = SearchValues.Create(
        ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog",
         "story"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Negative = SearchValues.Create(
        ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
         "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
         "tags", "widget", "breadcrumb", "newsletter", "subscribe", "social", "menu", "player", "popular", "trending",
         "recommend", "taboola", "toolbar", "cookie", "consent"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Small blocks that are furniture wherever they sit, even inside the article (share bars, players, sign-ups).</summary>
    private static readonly SearchValues<string> Furniture = SearchValues.Create(
        ["share", "sharing", "social", "newsletter", "subscribe", "signup", "breadcrumb", "player", "promo", "related",
         "popular", "trending", "recommend", "toolbar", "advert", "sponsor", "cookie", "consent", "comment"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Names of notices about the page or its state rather than its subject ("this event has passed" on event
    /// calendars, "sync your profile" boxes): asides when short, since such a notice is sometimes worth reading but
    /// never the summary. A long one is the article (a council's public notice).
    /// </summary>
    private static readonly SearchValues<string> Notices = SearchValues.Create(
        ["notice", "passed"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Most characters a notice may hold and still be an aside: a status line or a short box, not an article.</summary>
    private const int MaxNoticeCharacters = 400;

    /// <summary>Names of a comment section or its widget (Disqus, Facebook's <c>fb-comments</c>).</summary>
    private static readonly SearchValues<string> Comments = SearchValues.Create(
        ["comment", "disqus"], StringComparison.OrdinalIgnoreCase);

    /// <summary>ARIA roles of furniture (whole tokens: <c>menuitem</c> is not <c>menu</c>).</summary>
    private static readonly FrozenSet<string> FurnitureRoles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo",
        "search", "toolbar");

    /// <summary>
    /// Class names (whole tokens) of a page's apparatus that is left out of the text: citation markers, infoboxes and
    /// navigation boxes, section-edit and skip links, tables of contents, maintenance notes. Whole tokens because the
    /// words are common inside other names ("preferences").
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ApparatusClasses = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "reference", "citation-needed", "footnote-ref", "infobox", "navbox", "vertical-navbox", "navbox-inner", "ambox",
        "hatnote", "metadata", "mw-editsection", "mw-jump-link", "toc", "catlinks", "printfooter", "coordinates")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Class names (whole tokens) of text about the article rather than of it, which stays in the extracted text (a
    /// reader of the page sees it) but is never a summary sentence or key point: captions, image credits, reference lists.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AsideClasses = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "caption", "wp-caption-text", "thumbcaption", "gallerytext", "image-caption", "img-caption", "photo-caption",
        "media-caption", "caption-text", "credit", "image-credit", "photo-credit", "img-credit", "media-credit",
        "references", "reflist", "mw-references-wrap", "footnotes")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a page's apparatus that is left out of the text (<see cref="ApparatusClasses"/>, as a class or the id).</summary>
    public static bool IsApparatus(HtmlElement element) =>
        HasClassToken(element, ApparatusClasses) || (element.GetAttribute("id") is { Length: > 0 } id && ApparatusClasses.Contains(id));

    /// <summary>
    /// True for text that describes or cites the article (<c>figcaption</c>, a table's <c>caption</c>,
    /// <see cref="AsideClasses"/>) or is a notice (<see cref="Notices"/>): kept in the text, never summarised.
    /// </summary>
    public static bool IsAside(HtmlElement element) =>
        element.Name is "figcaption" or "caption" || HasClassToken(element, AsideClasses) || IsShortNotice(element);

    // Notice classes are rare, so the text is counted only for the few elements that carry one, and only up to the limit:
    // a page of nested notices costs no more than its text.
    private static bool IsShortNotice(HtmlElement element) =>
        Matches(element.GetAttribute("class"), Notices) && element.HasTextShorterThan(MaxNoticeCharacters);

    private static bool HasClassToken(HtmlElement element, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> tokens)
    {
        var className = element.GetAttribute("class");
        if (string.IsNullOrEmpty(className))
        {
            return false;
        }

        var classes = className.AsSpan();
        foreach (var range in classes.SplitAny(" \t\n\r\f"))
        {
            if (tokens.Contains(classes[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>+25 for a class and for an id that name content, −25 for each that names furniture.</summary>
    public static int Weight(HtmlElement element)
    {
        return Score(element.GetAttribute("class")) + Score(element.GetAttribute("id"));

        static int Score(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return 0;
            }

            var weight = 0;
            if (name.AsSpan().IndexOfAny(Negative) >= 0)
            {
                weight -= ClassWeight;
            }

            if (name.AsSpan().IndexOfAny(Positive) >= 0)
            {
                weight += ClassWeight;
            }

            return weight;
        }
    }

    /// <summary>True for blocks named or marked as furniture and not also named as possible content.</summary>
    public static bool IsUnlikelyContent(HtmlElement element)
    {
        if (element.GetAttribute("role") is { Length: > 0 } role && HasFurnitureRole(role))
        {
            return true;
        }

        var className = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        return (Matches(className, Unlikely) || Matches(id, Unlikely))
            && !Matches(className, MaybeContent) && !Matches(id, MaybeContent);
    }

    /// <summary>True for blocks named as furniture that may sit inside the article (share bars, players, sign-ups).</summary>
    public static bool IsFurniture(HtmlElement element) =>
        Matches(element.GetAttribute("class"), Furniture) || Matches(element.GetAttribute("id"), Furniture);

    /// <summary>True for a comment section or comment widget, by its class or id.</summary>
    public static bool IsComments(HtmlElement element) =>
        Matches(element.GetAttribute("class"), Comments) || Matches(element.GetAttribute("id"), Comments);

    private static bool Matches(string? name, SearchValues<string> words) =>
        !string.IsNullOrEmpty(name) && name.AsSpan().IndexOfAny(words) >= 0;

    private static bool HasFurnitureRole(string role)
    {
        var roles = FurnitureRoles.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in role.AsSpan().Split(' '))
        {
            if (roles.Contains(role.AsSpan()[range].Trim()))
            {
                return true;
            }
        }

        return false;
    }
}
