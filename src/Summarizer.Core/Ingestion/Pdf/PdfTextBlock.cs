namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>One block of text on a PDF page as layout analysis found it, in reading order.</summary>
/// <param name="Lines">The block's lines, top to bottom, words joined by single spaces.</param>
/// <param name="Top">Distance of the block's top edge from the top of the page, in points.</param>
/// <param name="Bottom">Distance of the block's bottom edge from the top of the page, in points.</param>
/// <param name="FontSize">Median size of the block's letters, in points.</param>
/// <param name="LetterCount">Letters in the block, to weigh it when finding the body text size.</param>
internal sealed record PdfTextBlock(IReadOnlyList<string> Lines, double Top, double Bottom, double FontSize, int LetterCount)
{
    public string Text => string.Join(' ', Lines);
}
