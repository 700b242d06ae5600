using System.Runtime.InteropServices;
using DocumentFormat.OpenXml.Packaging;

namespace Summarizer.Core.Ingestion.Docx;

/// <summary>
/// Word (.docx), read with the Open XML SDK: headings, paragraphs, list items and table cells of the main body in
/// order; headers, footers, comments, footnotes and tracked deletions left out. The title comes from the core
/// properties, else the first heading. The ZIP container is checked against the archive limits of
/// <see cref="IngestionOptions"/> before anything is inflated (<see cref="ErrorCodes.DecompressionLimit"/>), and the
/// body is read within the article's <see cref="DecodeBudget"/> (time and characters, checked paragraph by paragraph).
/// </summary>
public sealed class DocxDecoder(IngestionOptions options) : DocumentDecoder(options)
{
    public DocxDecoder()
        : this(IngestionOptions.Default)
    {
    }

    public override ArticleFormat Format => ArticleFormats.Docx;

    public override Article Decode(ReadOnlyMemory<byte> content, DecodeBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        using var stream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        try
        {
            ZipArchiveGuard.Check(stream, budget);
            stream.Position = 0;
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = budget.Options.MaxUncompressedBytes });
            var main = document.MainDocumentPart
                ?? throw new SummarizerException(ErrorCodes.MalformedDocument, "The file is a ZIP archive but not a Word document: it has no main document part.");
            var blocks = DocxBodyReader.Read(main, budget);
            return Compose(blocks, Clean(document.PackageProperties.Title));
        }
        catch (Exception ex) when (ex is not SummarizerException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new SummarizerException(ErrorCodes.MalformedDocument,
                $"The Word document could not be read; it is damaged or not a valid .docx file ({ex.Message})", innerException: ex);
        }
    }

    private Article Compose(List<DocxBlock> blocks, string? title)
    {
        var firstHeading = blocks.FirstOrDefault(b => b.IsHeading);
        if (title is null && firstHeading is not null)
        {
            title = firstHeading.Text;
            blocks.Remove(firstHeading);
        }
        else if (title is not null && blocks.Count > 0 && string.Equals(blocks[0].Text, title, StringComparison.OrdinalIgnoreCase))
        {
            blocks.RemoveAt(0);
        }

        using var body = new BlockTextBuilder(blocks.Sum(b => b.Text.Length + 2));
        foreach (var block in blocks)
        {
            body.Append(block.Text);
            body.EndBlock();
        }

        var text = body.ToString();
        if (text.Length == 0)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText, "The Word document has no text in its body.");
        }

        return new Article(title, text, Format.MediaType);
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
