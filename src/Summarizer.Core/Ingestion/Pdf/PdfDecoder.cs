using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// PDF, read with PdfPig: words in reading order (columns followed), lines joined into paragraphs with line-end
/// hyphenation repaired, running headers, footers and page numbers removed; the title from the document information,
/// else the first line on page one set in larger type than the body. Refuses encrypted files, files with no text
/// layer (scans), malformed files and files with more pages than <see cref="IngestionOptions.MaxPdfPages"/>. Reading
/// stays inside the article's <see cref="DecodeBudget"/>: every stream filter is capped (<see cref="BudgetedFilterProvider"/>)
/// and every page is first run through <see cref="PdfWorkProbe"/>, which counts its glyphs and operations and stops a
/// document that would cost too much before any of its letters are kept.
/// </summary>
public sealed class PdfDecoder(IngestionOptions options) : DocumentDecoder(options)
{
    /// <summary>A heading is set at least this much larger than the body text.</summary>
    private const double TitleSizeRatio = 1.25;

    public PdfDecoder()
        : this(IngestionOptions.Default)
    {
    }

    public override ArticleFormat Format => ArticleFormats.Pdf;

    public override Article Decode(ReadOnlyMemory<byte> content, DecodeBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        try
        {
            var parsing = new PdfBudgetOptions(budget);
            using var document = PdfDocument.Open(content, parsing);
            var maxPages = budget.Options.MaxPdfPages;
            if (document.NumberOfPages > maxPages)
            {
                throw new SummarizerException(ErrorCodes.TooManyPages,
                    $"The PDF has {document.NumberOfPages:N0} pages; the limit is {maxPages:N0}.");
            }

            Probe(document, budget);
            parsing.Filters.Counting = false;
            var pages = new List<PdfPageText>(document.NumberOfPages);
            var pagesWithImages = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                budget.ThrowIfOverTime("the PDF");
                var page = document.GetPage(number);
                pages.Add(PdfPageReader.Read(page));
                pagesWithImages += page.NumberOfImages > 0 ? 1 : 0;
            }

            var metadataTitle = Clean(document.Information.Title);
            return Compose(pages, metadataTitle, pagesWithImages);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new SummarizerException(ErrorCodes.EncryptedDocument,
                "The PDF is encrypted and needs a password to open; send an unprotected copy.", innerException: ex);
        }
        catch (Exception ex) when (ex is not SummarizerException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new SummarizerException(ErrorCodes.MalformedDocument,
                $"The PDF could not be read; it is damaged or not a valid PDF ({ex.Message})", innerException: ex);
        }
    }

    /// <summary>
    /// Counts every page's drawing work before any page is laid out: the probe throws on the first page that takes the
    /// document over budget, so a document that will not fit costs one pass over its content, not the layout of the
    /// pages before the one that tips it over.
    /// </summary>
    private static void Probe(PdfDocument document, DecodeBudget budget)
    {
        document.AddPageFactory<PdfPageWork, PdfWorkProbe>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            budget.ThrowIfOverTime("the PDF");
            budget.TryChargeCharacters(document.GetPage<PdfPageWork>(number).Characters, budget.MaxPdfCharacters);
        }
    }

    private Article Compose(List<PdfPageText> pages, string? metadataTitle, int pagesWithImages)
    {
        if (pages.All(p => p.Blocks.Count == 0))
        {
            throw new SummarizerException(ErrorCodes.NoTextLayer, pagesWithImages > 0
                ? "The PDF has no text layer: its pages are images, as in a scan. Run it through OCR first and send the result."
                : "The PDF has no text layer: its pages hold no text.");
        }

        var repeated = PdfRunningText.FindRepeated(pages);
        var bodySize = BodyFontSize(pages.SelectMany(p => p.Blocks));
        var blocks = pages.SelectMany(p => p.Blocks.Where(b => !PdfRunningText.IsFurniture(b, p, repeated, bodySize))).ToList();
        var (title, titleBlock) = FindTitle(pages, blocks, metadataTitle, bodySize);
        if (titleBlock is not null)
        {
            blocks.Remove(titleBlock);
        }

        using var body = new BlockTextBuilder(blocks.Sum(b => b.Lines.Sum(l => l.Length + 1)));
        foreach (var paragraph in PdfParagraphs.Build(blocks))
        {
            body.Append(paragraph);
            body.EndBlock();
        }

        var text = body.ToString();
        if (text.Length == 0)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText, "The PDF holds no text beyond page headers, footers and numbers.");
        }

        return new Article(title, text, Format.MediaType);
    }

    /// <summary>
    /// The metadata title when there is one (and the first block, when it repeats it, so it is not read twice), else the
    /// first block on the first page with text that is set in clearly larger type than the body and is short enough to be a title.
    /// </summary>
    private static (string? Title, PdfTextBlock? Block) FindTitle(List<PdfPageText> pages, List<PdfTextBlock> blocks, string? metadataTitle, double bodySize)
    {
        var firstPage = pages.First(p => p.Blocks.Count > 0);
        var first = blocks.FirstOrDefault(b => firstPage.Blocks.Contains(b));
        if (metadataTitle is not null)
        {
            return (metadataTitle, first is not null && Same(first.Text, metadataTitle) ? first : null);
        }

        var heading = blocks.Where(b => firstPage.Blocks.Contains(b))
            .FirstOrDefault(b => b.FontSize >= bodySize * TitleSizeRatio && b.Lines.Count <= 3 && b.Text.Length <= 200);
        return heading is null ? (null, null) : (Clean(PdfParagraphs.JoinLines(heading.Lines)), heading);
    }

    /// <summary>The letter size most of the text is set in: the weighted median over blocks.</summary>
    private static double BodyFontSize(IEnumerable<PdfTextBlock> blocks)
    {
        var bySize = blocks.OrderBy(b => b.FontSize).ToList();
        var half = bySize.Sum(b => b.LetterCount) / 2.0;
        var seen = 0;
        foreach (var block in bySize)
        {
            seen += block.LetterCount;
            if (seen >= half)
            {
                return block.FontSize;
            }
        }

        return 0;
    }

    private static bool Same(string a, string b) =>
        string.Equals(string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)), string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Any(char.IsLetter))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
