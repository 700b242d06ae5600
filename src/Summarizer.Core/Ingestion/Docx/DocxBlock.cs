namespace Summarizer.Core.Ingestion.Docx;

/// <summary>One paragraph-level block of a Word body: a heading, a paragraph, a list item or a table cell's paragraph.</summary>
internal sealed record DocxBlock(string Text, bool IsHeading);
