namespace Summarizer.Core.Ingestion.Markdown;

/// <summary>
/// Refuses Markdown nested deeper than <see cref="MaxDepth"/> before Markdig sees it. Markdig's work on a line grows
/// with the number of containers (list items, block quotes) open on it, so <c>- - - … x</c> with a million markers on
/// one line, or lists indented two thousand levels deep, take minutes before its own nesting check gives up. One
/// linear pass counts, for each line, the block quotes and list markers that open it plus the lists it sits inside by
/// indentation; real documents stay under ten.
/// </summary>
/// <remarks>
/// The count errs on the high side (code blocks are counted like prose, a lazy continuation line keeps its lists
/// open), which only matters to a document with lists dozens of levels deep, and such a document is refused anyway.
/// A line of markers alone (<c>- - -</c>, <c>* * *</c>) is a thematic break, not a list, and counts nothing.
/// </remarks>
internal static class MarkdownNestingGuard
{
    /// <summary>Deepest nesting of lists and quotes accepted.</summary>
    public const int MaxDepth = 32;

    private const int TabStop = 4;

    /// <summary>Throws <see cref="ErrorCodes.DocumentTooComplex"/> when some line is nested deeper than <see cref="MaxDepth"/>.</summary>
    public static void Check(string markdown)
    {
        // Content columns of the list items open by indentation, innermost last.
        var lists = new Stack<int>();
        var previousBlank = true;
        var text = markdown.AsSpan();
        var lineNumber = 0;
        for (var start = 0; start <= text.Length; lineNumber++)
        {
            var end = text[start..].IndexOf('\n');
            end = end < 0 ? text.Length : start + end;
            if (!TryCountLine(text[start..end], lists, ref previousBlank))
            {
                throw new SummarizerException(ErrorCodes.DocumentTooComplex,
                    $"The Markdown nests lists or block quotes more than {MaxDepth} levels deep (line {lineNumber + 1:N0}), which no real document does; it is too complex to summarise.");
            }

            start = end + 1;
        }
    }

    /// <summary>Follows one line's quotes and list markers; false as soon as the nesting passes <see cref="MaxDepth"/>.</summary>
    private static bool TryCountLine(ReadOnlySpan<char> line, Stack<int> lists, ref bool previousBlank)
    {
        var position = 0;
        var column = SkipSpaces(line, ref position, 0);
        if (position >= line.Length || IsThematicBreak(line[position..]))
        {
            previousBlank = position >= line.Length;
            return true;
        }

        var startColumn = column;
        var quotes = 0;
        var markers = 0;
        while (position < line.Length)
        {
            var isQuote = line[position] == '>';
            var width = isQuote ? 1 : ListMarkerWidth(line[position..]);
            if (width == 0)
            {
                break;
            }

            if (isQuote)
            {
                quotes++;
            }
            else
            {
                // Pops only before the line's first marker: later markers on the line open inside the earlier ones.
                if (markers++ == 0 && quotes == 0)
                {
                    PopDeeperThan(lists, column);
                }

                lists.Push(column + width + 1);
            }

            position += width;
            column = SkipSpaces(line, ref position, column + width);
            if (lists.Count + quotes > MaxDepth)
            {
                return false;
            }
        }

        // A paragraph after a blank line, indented less than an open item's content, closes that item.
        if (markers == 0 && previousBlank)
        {
            PopDeeperThan(lists, startColumn);
        }

        previousBlank = false;
        return true;
    }

    private static void PopDeeperThan(Stack<int> lists, int column)
    {
        while (lists.TryPeek(out var content) && content > column)
        {
            lists.Pop();
        }
    }

    /// <summary>Moves <paramref name="position"/> past spaces and tabs and returns the column reached, tabs stopping every four.</summary>
    private static int SkipSpaces(ReadOnlySpan<char> line, ref int position, int column)
    {
        while (position < line.Length && line[position] is ' ' or '\t' or '\r')
        {
            column = line[position] == '\t' ? column + TabStop - (column % TabStop) : column + 1;
            position++;
        }

        return column;
    }

    /// <summary>Length of a list marker (<c>-</c>, <c>+</c>, <c>*</c>, <c>1.</c>, <c>1)</c>) that opens <paramref name="rest"/>, or 0.</summary>
    private static int ListMarkerWidth(ReadOnlySpan<char> rest)
    {
        var width = rest[0] is '-' or '+' or '*' ? 1 : 0;
        if (width == 0)
        {
            while (width < rest.Length && width < 9 && char.IsAsciiDigit(rest[width]))
            {
                width++;
            }

            if (width == 0 || width >= rest.Length || rest[width] is not ('.' or ')'))
            {
                return 0;
            }

            width++;
        }

        return width == rest.Length || rest[width] is ' ' or '\t' or '\r' ? width : 0;
    }

    /// <summary>Three or more of the same <c>-</c>, <c>*</c> or <c>_</c> and nothing else but spaces.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> rest)
    {
        var mark = rest[0];
        if (mark is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        foreach (var c in rest)
        {
            if (c == mark)
            {
                count++;
            }
            else if (c is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return count >= 3;
    }
}
