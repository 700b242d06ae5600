using Summarizer.Core.Ingestion.Html.Parsing;


namespace Summarizer.Core.Ingestion.Html.Scoring;

/// <summary>
/// One visible element of a scanned page, in document order. A node's descendants are the nodes from
/// <see cref="Index"/> + 1 up to <see cref="End"/>, so a subtree can be walked without touching the DOM again.
/// </summary>
internal sealed class PageNode(HtmlElement element, PageNode? parent, int index)
{
    public HtmlElement Element { get; } = element;

    public PageNode? Parent { get; } = parent;

    public int Index { get; } = index;

    /// <summary>One past the last descendant's index.</summary>
    public int End { get; set; } = index + 1;

    public string Name => Element.Name;

    /// <summary>Inside a link, a heading, a list item, a data table or code: the text counts accordingly.</summary>
    public bool InLink { get; init; }

    public bool InHeading { get; init; }

    public bool InListItem { get; init; }

    public bool InFigure { get; init; }

    public bool InCodeOrTable { get; init; }

    /// <summary>The nearest block (itself when it is one) whose paragraph this element's text belongs to.</summary>
    public PageNode? Block { get; set; }

    /// <summary>Has child elements that are blocks, so its own loose text is one paragraph among others.</summary>
    public bool HasBlockChildren { get; set; }

    /// <summary>Counts of this element alone: its own text nodes and what the element itself is.</summary>
    public ContentCounts Own;

    /// <summary>Counts of the whole subtree.</summary>
    public ContentCounts Total;

    /// <summary>Visible characters and commas of the text that flows in this block (not in blocks nested inside it).</summary>
    public int ParagraphCharacters { get; set; }

    public int ParagraphCommas { get; set; }

    /// <summary>Readability-style content score; <see cref="IsCandidate"/> once any paragraph has scored it.</summary>
    public double Score { get; set; }

    public bool IsCandidate { get; set; }
}
