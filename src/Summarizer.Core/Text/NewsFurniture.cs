namespace Summarizer.Core.Text;

/// <summary>
/// Recognises page furniture that scraped news text carries at the start of a sentence, so the splitter can make it a
/// unit of its own and an engine can leave it out with <see cref="IsFurniture"/>:
/// <list type="bullet">
/// <item>the Daily Mail byline and timestamp header of the CNN/DailyMail corpus, where the page's line breaks became
/// isolated full stops: "By . Mark Smith . PUBLISHED: . 12:01 EST, 5 March 2014 . | . UPDATED: . 13:55 EST, 5 March
/// 2014 ." (read full stop by full stop it would be a pile of one-word sentences);</item>
/// <item>video placeholders that run straight into the story without punctuation: "Scroll down for video The ..."
/// (Daily Mail), "Media playback is not supported on this device The ..." (BBC).</item>
/// </list>
/// </summary>
public static class NewsFurniture
{
    // Each is a whole unit and never the start of real prose unless a lower-case word follows.
    private static readonly string[] PlaceholderPhrases =
    [
        "Scroll down for video",
        "Media playback is not supported on this device",
        "Media playback is unsupported on your device",
    ];

    // A byline or timestamp value is short; anything longer is article prose.
    private const int MaxSegmentLength = 80;

    private const int MaxExtraBylineSegments = 2;

    /// <summary>
    /// The length of the furniture at the start of <paramref name="text"/> (including a full stop that closes it), or 0
    /// when the text does not start with furniture.
    /// </summary>
    public static int MatchLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] is not ('B' or 'P' or 'U' or 'L' or '|' or 'S' or 'M' or 's' or 'm'))
        {
            return 0;
        }

        var header = MatchHeaderLength(text);
        return header > 0 ? header : MatchPlaceholderLength(text);
    }

    /// <summary>True when <paramref name="sentence"/> is nothing but furniture.</summary>
    public static bool IsFurniture(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.Trim();
        var length = MatchLength(trimmed);
        return length > 0 && length == trimmed.Length;
    }

    private static int MatchPlaceholderLength(ReadOnlySpan<char> text)
    {
        foreach (var phrase in PlaceholderPhrases)
        {
            if (!text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Take a closing full stop, attached ("video.") or isolated ("video ."), into the unit.
            var end = phrase.Length;
            var afterSpaces = SkipSpaces(text, end);
            if (afterSpaces < text.Length && text[afterSpaces] == '.')
            {
                end = afterSpaces + 1;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                return 0;
            }

            // "Scroll down for video of the crash" is prose.
            var next = SkipSpaces(text, end);
            return next < text.Length && SegmentationChars.IsLower(text[next]) ? 0 : end;
        }

        return 0;
    }

    private static int MatchHeaderLength(ReadOnlySpan<char> text)
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
