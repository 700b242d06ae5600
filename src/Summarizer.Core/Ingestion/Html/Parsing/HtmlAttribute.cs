namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>One attribute of an element: the name in lower case, the value with character references decoded.</summary>
internal readonly record struct HtmlAttribute(string Name, string Value);
