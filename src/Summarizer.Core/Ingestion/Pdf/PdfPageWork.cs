namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>What drawing one PDF page costs, counted by <see cref="PdfWorkProbe"/> before the page is read for real.</summary>
/// <param name="Characters">Glyphs drawn, form XObjects included: the letters layout analysis would have to place.</param>
/// <param name="Operations">Content stream operations run, form XObjects included.</param>
internal sealed record PdfPageWork(int Characters, int Operations);
