using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;


namespace Summarizer.Testing.Documents;

/// <summary>
/// Builds Word documents for tests with the Open XML SDK: a body of headings, paragraphs, list items and tables, plus
/// the parts a decoder must leave out (headers, footers, comments, tracked deletions).
/// </summary>
public sealed class DocxArticleWriter
{
    private readonly List<OpenXmlElement> _body = [];

    public string? CoreTitle { get; init; }

    public string? HeaderText { get; init; }

    public string? FooterText { get; init; }

    public DocxArticleWriter Heading(string text, int level = 1)
    {
        _body.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = level == 0 ? "Title" : $"Heading{level}" }), new Run(new Text(text))));
        return this;
    }

    public DocxArticleWriter Paragraph(string text)
    {
        _body.Add(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    public DocxArticleWriter ListItem(string text)
    {
        _body.Add(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            new Run(new Text(text))));
        return this;
    }

    /// <summary>A paragraph with a tracked deletion in the middle: <paramref name="deleted"/> must not be read.</summary>
    public DocxArticleWriter ParagraphWithDeletion(string before, string deleted, string after)
    {
        _body.Add(new Paragraph(
            new Run(new Text(before) { Space = SpaceProcessingModeValues.Preserve }),
            new DeletedRun(new Run(new DeletedText(deleted) { Space = SpaceProcessingModeValues.Preserve })) { Id = "1", Author = "Editor" },
            new InsertedRun(new Run(new Text(after) { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Editor" }));
        return this;
    }

    /// <summary>A paragraph carrying a comment anchored on it; the comment's text lives in the comments part.</summary>
    public DocxArticleWriter CommentedParagraph(string text, string comment)
    {
        _comments.Add(comment);
        var id = (_comments.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _body.Add(new Paragraph(
            new CommentRangeStart { Id = id },
            new Run(new Text(text)),
            new CommentRangeEnd { Id = id },
            new Run(new CommentReference { Id = id })));
        return this;
    }

    public DocxArticleWriter Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))));
        }

        _body.Add(table);
        return this;
    }

    private readonly List<string> _comments = [];

    public byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(_body.Select(e => e.CloneNode(true)));
            if (HeaderText is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(new Paragraph(new Run(new Text(HeaderText))));
                body.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }));
            }

            if (FooterText is not null)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer(new Paragraph(new Run(new Text(FooterText))));
                var section = body.GetFirstChild<SectionProperties>() ?? body.AppendChild(new SectionProperties());
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            }

            if (_comments.Count > 0)
            {
                var comments = main.AddNewPart<WordprocessingCommentsPart>();
                comments.Comments = new Comments(_comments.Select((c, i) => new Comment(new Paragraph(new Run(new Text(c))))
                {
                    Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Author = "Reviewer",
                }));
            }

            main.Document = new Document(body);
            if (CoreTitle is not null)
            {
                document.PackageProperties.Title = CoreTitle;
            }
        }

        return stream.ToArray();
    }

    /// <summary>A Word document of one title and the given paragraphs, as the fidelity test needs.</summary>
    public static byte[] Article(string? title, IEnumerable<string> paragraphs)
    {
        var writer = new DocxArticleWriter();
        if (title is not null)
        {
            writer.Heading(title, 0);
        }

        foreach (var paragraph in paragraphs)
        {
            writer.Paragraph(paragraph);
        }

        return writer.Write();
    }
}
