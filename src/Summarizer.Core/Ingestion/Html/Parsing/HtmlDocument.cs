namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>A parsed page: the root, its head and body (implied when the markup leaves them out) and the first title.</summary>
internal sealed class HtmlDocument(HtmlElement root, HtmlElement head, HtmlElement body, HtmlElement? titleElement)
{
    public HtmlElement DocumentElement { get; } = root;

    public HtmlElement Head { get; } = head;

    public HtmlElement Body { get; } = body;

    /// <summary>The text of the first <c>&lt;title&gt;</c>, or null when the page has none.</summary>
    public string? Title => titleElement?.TextContent;
}
