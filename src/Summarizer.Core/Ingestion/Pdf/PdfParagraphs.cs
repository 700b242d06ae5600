namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// Joins lines into paragraphs. Inside a block, lines are joined with a space, and a word hyphenated at a line end is
/// made whole again ("reconstruc-" + "tion" = "reconstruction") when the next line goes on in lower case. Across
/// blocks (a paragraph that runs into the next column or page) the next block continues the paragraph when the previous
/// one stopped mid-sentence and the next starts in lower case.
/// </summary>
internal static class PdfParagraphs
{
    public static List<string> Build(IEnumerable<PdfTextBlock> blocks)
    {
        var paragraphs = new List<string>();
        foreach (var block in blocks)
        {
            var text = JoinLines(block.Lines);
            if (text.Length == 0)
            {
                continue;
            }

            if (paragraphs.Count > 0 && ContinuesPrevious(paragraphs[^1], text))
            {
                paragraphs[^1] = Join(paragraphs[^1], text);
            }
            else
            {
                paragraphs.Add(text);
            }
        }

        return paragraphs;
    }

    public static string JoinLines(IReadOnlyList<string> lines)
    {
        var text = "";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                text = text.Length == 0 ? line : Join(text, line);
            }
        }

        return text;
    }

    /// <summary>Joins two runs of text across a line break, repairing a word hyphenated at the break.</summary>
    private static string Join(string before, string after)
    {
        var nextStartsLower = char.IsLower(after[0]);
        if (before.Length >= 2 && char.IsLetter(before[^2]) && nextStartsLower)
        {
            if (before[^1] is '-' or '\u2010' or '\u00AD')
            {
                return string.Concat(before.AsSpan(0, before.Length - 1), after);
            }
        }

        if (before[^1] == '\u00AD')
        {
            return string.Concat(before.AsSpan(0, before.Length - 1), after);
        }

        return before + " " + after;
    }

    private static bool ContinuesPrevious(string previous, string next) =>
        char.IsLower(next[0]) && previous[^1] is not ('.' or '!' or '?' or ':' or '"' or '\u201D' or '\u2019' or ')');
}
