using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// Reads one page into text blocks in reading order: letters become words (nearest-neighbour grouping, so kerned or
/// oddly spaced text still forms words), words become lines and blocks (Docstrum, which follows columns because it
/// groups by distance and angle rather than by page width), and the blocks are ordered by their spatial relations
/// (a column is read to its end before the next one starts).
/// </summary>
internal static class PdfPageReader
{
    public static PdfPageText Read(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        if (words.Count == 0)
        {
            return new PdfPageText(page.Number, page.Height, []);
        }

        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder);
        return new PdfPageText(page.Number, page.Height, [.. ordered.Select(b => ToBlock(b, page.Height))]);
    }

    private static PdfTextBlock ToBlock(TextBlock block, double pageHeight)
    {
        var sizes = block.TextLines.SelectMany(l => l.Words).SelectMany(w => w.Letters).Select(l => l.PointSize).Order().ToArray();
        var lines = block.TextLines.Select(l => string.Join(' ', l.Words.Select(w => w.Text))).ToArray();
        var box = block.BoundingBox;
        return new PdfTextBlock(lines, pageHeight - box.Top, pageHeight - box.Bottom, sizes.Length == 0 ? 0 : sizes[sizes.Length / 2], sizes.Length);
    }
}
