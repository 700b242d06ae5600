namespace Summarizer.Core.Text;

/// <summary>
/// Recognises the byline and timestamp header that Daily Mail articles carry in the CNN/DailyMail corpus, where the
/// page's line breaks became isolated full stops: "By . Mark Smith . PUBLISHED: . 12:01 EST, 5 March 2014 . | .
/// UPDATED: . 13:55 EST, 5 March 2014 .". Read full stop by full stop it would be a pile of one-word sentences; the
/// splitter keeps it as one unit instead, and an engine can use <see cref="IsHeader"/> to leave that unit out.
/// </summary>
public static class NewsFurniture
{
    // A byline or timestamp value is short; anything longer is article prose.
    private const int MaxSegmentLength = 80;

    private const int MaxExtraBylineSegments = 2;

    /// <summary>
    /// The length of the furniture header at the start of <paramref name="text"/>, up to and including its last
    /// isolated full stop; 0 when the text does not start with one.
    /// </summary>
    public static int MatchHeaderLength(ReadOnlySpan<char> text)
    {
        var end = 0;
        var position = SkipSpaces(text, 0);
        while (position < text.Length)
        {
            var rest = text[position..];
            int segmentEnd;
            if (StartsWithMarker(rest, "By ."))
            {
                segmentEnd = ReadByline(text, position + "By .".Length);
            }
            else if (StartsWithMarker(rest, "PUBLISHED: ."))
            {
                segmentEnd = ReadSegment(text, position + "PUBLISHED: .".Length);
            }
            else if (StartsWithMarker(rest, "UPDATED: ."))
            {
                segmentEnd = ReadSegment(text, position + "UPDATED: .".Length);
            }
            else if (rest.StartsWith("Last updated at ", StringComparison.Ordinal))
            {
                segmentEnd = ReadSegment(text, position + "Last updated at ".Length);
            }
            else if (StartsWithMarker(rest, "| ."))
            {
                // The separator between the two timestamps belongs to the header but does not complete it.
                position = SkipSpaces(text, position + "| .".Length);
                continue;
            }
            else
            {
                break;
            }

            if (segmentEnd < 0)
            {
                break;
            }

            end = segmentEnd;
            position = SkipSpaces(text, segmentEnd);
        }

        return end;
    }

    /// <summary>True when <paramref name="sentence"/> is nothing but a furniture header.</summary>
    public static bool IsHeader(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.TrimEnd();
        var length = MatchHeaderLength(trimmed);
        return length > 0 && length == trimmed.Length;
    }

    // "By . Jane Doe and . John Roe ." has the co-author after a further isolated stop.
    private static int ReadByline(ReadOnlySpan<char> text, int start)
    {
        var end = ReadSegment(text, start);
        for (var extra = 0; end > 0 && extra < MaxExtraBylineSegments; extra++)
        {
            var segment = text[start..(end - 1)].Trim();
            var next = SkipSpaces(text, end);
            var continues = segment.EndsWith(" and", StringComparison.Ordinal) || segment.EndsWith(',')
                || text[next..].StartsWith("and ", StringComparison.Ordinal);
            if (!continues)
            {
                break;
            }

            var nextEnd = ReadSegment(text, next);
            if (nextEnd < 0)
            {
                break;
            }

            start = next;
            end = nextEnd;
        }

        return end;
    }

    /// <summary>
    /// Reads one short value ending in an isolated full stop (" ."), and returns the offset just past that stop, or -1
    /// when no such stop comes soon enough or the value looks like prose.
    /// </summary>
    private static int ReadSegment(ReadOnlySpan<char> text, int start)
    {
        start = SkipSpaces(text, start);
        var limit = Math.Min(text.Length, start + MaxSegmentLength);
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c is '!' or '?' || SegmentationChars.IsLineBreak(c))
            {
                return -1;
            }

            if (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                var isolated = i > start && SegmentationChars.IsInlineSpace(text[i - 1]);
                if (isolated)
                {
                    return i + 1;
                }

                // Only an initial ("By . J. Smith .") may carry a full stop inside a value.
                var isInitial = i - start >= 1 && SegmentationChars.IsUpper(text[i - 1])
                    && (i - 1 == start || SegmentationChars.IsInlineSpace(text[i - 2]));
                if (!isInitial)
                {
                    return -1;
                }
            }
        }

        return -1;
    }

    // A marker counts only when it is followed by a space or the end, so "By .5 points" is not a byline.
    private static bool StartsWithMarker(ReadOnlySpan<char> text, string marker) =>
        text.StartsWith(marker, StringComparison.Ordinal)
        && (text.Length == marker.Length || SegmentationChars.IsInlineSpace(text[marker.Length]));

    private static int SkipSpaces(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && SegmentationChars.IsInlineSpace(text[position])) position++;
        return position;
    }
}
