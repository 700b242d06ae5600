using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Summarizer.Testing.Documents;

/// <summary>
/// Lays an article out as a PDF the way a newsletter or report would: a title in large bold type, body paragraphs
/// wrapped to the column width, one or two columns, optional running header and page numbers, optional hyphenation of
/// long words at line ends. Used to make test documents whose expected text is known exactly.
/// </summary>
public sealed class PdfArticleWriter
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 56;
    private const double ColumnGap = 24;
    private const double BodySize = 10;
    private const double LineHeight = 13;
    private const double ParagraphGap = 9;
    private const double TitleSize = 20;

    public int Columns { get; init; } = 1;

    public string? RunningHeader { get; init; }

    public bool PageNumbers { get; init; }

    /// <summary>Splits long words that do not fit at a line end with a hyphen, as typesetting software does.</summary>
    public bool Hyphenate { get; init; }

    /// <summary>The title in the document information dictionary; null leaves it out.</summary>
    public string? MetadataTitle { get; init; }

    /// <summary>Draws the title at the top of page one in large type; null leaves it out.</summary>
    public bool DrawTitle { get; init; } = true;

    /// <summary>Words that ended up hyphenated at a line end, so a test can check they come back whole.</summary>
    public List<string> HyphenatedWords { get; } = [];

    public int PageCount { get; private set; }

    public byte[] Write(string? title, IEnumerable<string> paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        if (MetadataTitle is not null)
        {
            builder.DocumentInformation.Title = MetadataTitle;
        }

        var columnWidth = (PageWidth - 2 * Margin - (Columns - 1) * ColumnGap) / Columns;
        PdfPageBuilder page = null!;
        var column = 0;
        var y = 0.0;
        var top = PageHeight - Margin;

        void NewPage()
        {
            page = builder.AddPage(PageWidth, PageHeight);
            PageCount++;
            column = 0;
            top = PageHeight - Margin;
            y = top;
            if (RunningHeader is not null)
            {
                page.AddText(RunningHeader, 8, new PdfPoint(Margin, PageHeight - 30), font);
            }

            if (PageNumbers)
            {
                page.AddText($"Page {PageCount}", 8, new PdfPoint(PageWidth / 2 - 12, 28), font);
            }
        }

        void NextLine()
        {
            y -= LineHeight;
            if (y < Margin)
            {
                if (++column < Columns)
                {
                    y = top;
                }
                else
                {
                    NewPage();
                }
            }
        }

        double X() => Margin + column * (columnWidth + ColumnGap);
        double Width(string text) => text.Length == 0 ? 0 : Measure(page, text, font);

        NewPage();
        if (title is not null && DrawTitle)
        {
            page.AddText(title, TitleSize, new PdfPoint(Margin, y - TitleSize), bold);
            y -= TitleSize * 2.2;
            top = y;
        }

        foreach (var paragraph in paragraphs)
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate) <= columnWidth)
                {
                    line = candidate;
                    continue;
                }

                var rest = word;
                if (Hyphenate && word.Length >= 7 && word.All(char.IsLetter))
                {
                    for (var cut = word.Length - 3; cut >= 3; cut--)
                    {
                        var head = (line.Length == 0 ? "" : line + " ") + word[..cut] + "-";
                        if (Width(head) <= columnWidth)
                        {
                            line = head;
                            rest = word[cut..];
                            HyphenatedWords.Add(word);
                            break;
                        }
                    }
                }

                page.AddText(line, BodySize, new PdfPoint(X(), y - BodySize), font);
                NextLine();
                line = rest;
            }

            if (line.Length > 0)
            {
                page.AddText(line, BodySize, new PdfPoint(X(), y - BodySize), font);
                NextLine();
            }

            y -= ParagraphGap;
        }

        return builder.Build();
    }

    /// <summary>A PDF whose only page is an image, as a scanner makes: no text layer at all.</summary>
    public static byte[] ScannedPage()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(Convert.FromBase64String(TinyPng), new PdfRectangle(50, 50, 545, 792));
        return builder.Build();
    }

    // An 8 x 8 grey PNG, standing in for a scanned page.
    private const string TinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAD0lEQVR4nGM4gQMwDC0JAJwulgGh6TLjAAAAAElFTkSuQmCC";

    private static double Measure(PdfPageBuilder page, string text, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, BodySize, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}
