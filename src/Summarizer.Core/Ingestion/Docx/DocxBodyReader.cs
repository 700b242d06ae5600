using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Summarizer.Core.Ingestion.Docx;

/// <summary>
/// Walks the main body of a Word document in order: paragraphs (headings and list items included), tables cell by
/// cell, content controls. Only the main document part is read, so headers, footers, footnotes and comments stay out;
/// deleted and moved-away runs of tracked changes are skipped (the text reads as if the changes were accepted), and
/// drawings are skipped because Word stores their text twice (a modern and a fallback copy).
/// </summary>
internal static class DocxBodyReader
{
    /// <summary>How often, in elements, the clock is read.</summary>
    private const int TimeCheckInterval = 1024;

    public static List<DocxBlock> Read(MainDocumentPart main, DecodeBudget budget)
    {
        var headingStyles = HeadingStyles(main);
        var blocks = new List<DocxBlock>();
        var body = main.Document?.Body ?? throw new InvalidDataException("The document has no body.");

        // An explicit stack rather than recursion: tables nested in tables must not overflow the call stack.
        var pending = new Stack<OpenXmlElement>();
        PushChildren(body, pending);
        var visited = 0;
        while (pending.TryPop(out var element))
        {
            if (++visited % TimeCheckInterval == 0)
            {
                budget.ThrowIfOverTime("the Word document");
            }

            switch (element)
            {
                case Paragraph paragraph:
                    var text = ParagraphText(paragraph);
                    if (!budget.TryChargeCharacters(text.Length, budget.MaxCharacters))
                    {
                        throw new SummarizerException(ErrorCodes.DocumentTooComplex,
                            $"The Word document holds more than {budget.MaxCharacters:N0} characters of text, more than a summary can use; it is too complex to summarise.");
                    }

                    if (text.Length > 0)
                    {
                        blocks.Add(new DocxBlock(text, IsHeading(paragraph, headingStyles)));
                    }

                    break;
                case Table or TableRow or TableCell or SdtBlock or SdtContentBlock or CustomXmlBlock or SdtRow or SdtContentRow or SdtCell or SdtContentCell or CustomXmlRow or CustomXmlCell:
                    PushChildren(element, pending);
                    break;
            }
        }

        return blocks;
    }

    private static void PushChildren(OpenXmlElement parent, Stack<OpenXmlElement> pending)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling())
        {
            pending.Push(child);
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        var pending = new Stack<OpenXmlElement>();
        PushChildren(paragraph, pending);
        while (pending.TryPop(out var element))
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case DeletedRun or MoveFromRun or Drawing or Picture or AlternateContent or FieldCode or ParagraphProperties or RunProperties:
                    break;
                default:
                    if (element.HasChildren)
                    {
                        PushChildren(element, pending);
                    }

                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static bool IsHeading(Paragraph paragraph, HashSet<string> headingStyles)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } level && level < 9)
        {
            return true;
        }

        return properties?.ParagraphStyleId?.Val?.Value is { } style && headingStyles.Contains(style);
    }

    /// <summary>
    /// Style ids that mark headings: the built-in "Title" and "heading 1" to "heading 9" by their names (ids are
    /// translated in localised Word, names are not), styles with an outline level, and the usual ids when no styles part exists.
    /// </summary>
    private static HashSet<string> HeadingStyles(MainDocumentPart main)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Title", "Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6" };
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        foreach (var style in styles)
        {
            var name = style.StyleName?.Val?.Value ?? "";
            var hasOutline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9;
            if (style.StyleId?.Value is { } id
                && (hasOutline || name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase)))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
