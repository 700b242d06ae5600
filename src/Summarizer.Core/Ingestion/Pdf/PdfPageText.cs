namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>The text blocks of one PDF page in reading order, with the page height that tells its top and bottom edges apart.</summary>
internal sealed record PdfPageText(int Number, double Height, IReadOnlyList<PdfTextBlock> Blocks);
