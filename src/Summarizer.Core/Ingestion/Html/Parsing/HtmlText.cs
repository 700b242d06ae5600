namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>A run of text with its character references already decoded.</summary>
internal sealed class HtmlText(string data) : HtmlNode
{
    public string Data { get; } = data;
}
