namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>A node of a parsed page: an element or a run of text. Comments and doctypes are not kept.</summary>
internal abstract class HtmlNode
{
    public HtmlElement? Parent { get; internal set; }
}
