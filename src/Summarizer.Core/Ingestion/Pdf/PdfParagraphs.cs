using System.Text;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// Joins lines into paragraphs. Inside a block, lines are joined with a space, and a word hyphenated at a line end is
/// made whole again ("reconstruc-" + "tion" = "reconstruction") when the next line goes on in lower case. Across
/// blocks (a paragraph that runs into the next column or page) the next block continues the paragraph when the previous
/// one stopped mid-sentence and the next starts in lower case.
/// </summary>
/// <remarks>
/// Paragraphs grow in a <see cref="StringBuilder"/>: a PDF with no sentence ends can continue one paragraph over
/// thousands of blocks, and copying it whole for each would be quadratic.
/// </remarks>
internal static class PdfParagraphs
{
    public static List<string> Build(IEnumerable<PdfTextBlock> blocks)
    {
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        foreach (var block in blocks)
        {
            var text = JoinLines(block.Lines);
            if (text.Length == 0)
            {
                continue;
            }

            if (paragraph.Length > 0 && !ContinuesPrevious(paragraph[^1], text))
            {
                paragraphs.Add(paragraph.ToString());
                paragraph.Clear();
            }

            Join(paragraph, text);
        }

        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph.ToString());
        }

        return paragraphs;
    }

    public static string JoinLines(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.AsSpan().Trim();
            if (line.Length > 0)
            {
                Join(text, line);
            }
        }

        return text.ToString();
    }

    /// <summary>Appends a run of text after a line break, repairing a word hyphenated at the break.</summary>
    private static void Join(StringBuilder before, ReadOnlySpan<char> after)
    {
        if (before.Length == 0)
        {
            before.Append(after);
            return;
        }

        var last = before[^1];
        var nextStartsLower = char.IsLower(after[0]);
        if ((before.Length >= 2 && char.IsLetter(before[^2]) && nextStartsLower && last is '-' or '\u2010' or '\u00AD')
            || last == '\u00AD')
        {
            before.Length--;
            before.Append(after);
            return;
        }

        before.Append(' ').Append(after);
    }

    private static bool ContinuesPrevious(char previousLast, string next) =>
        char.IsLower(next[0]) && previousLast is not ('.' or '!' or '?' or ':' or '"' or '\u201D' or '\u2019' or ')');
}
