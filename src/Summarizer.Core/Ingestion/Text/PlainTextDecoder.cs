namespace Summarizer.Core.Ingestion.Text;

/// <summary>
/// Plain text: blank lines separate paragraphs and the single line breaks of hard-wrapped text are unwrapped. List
/// items (<c>- </c>, <c>* </c>, <c>• </c>, <c>1. </c>, <c>1) </c>) and short heading-like lines stay blocks of their own.
/// A short first line without closing punctuation followed by a blank line is the article's title, not body text.
/// </summary>
/// <remarks>
/// This is the hot path (most articles are short plain text), so it is one forward pass over the lines with no
/// per-line allocation: the only allocations are the output buffer (pooled) and the resulting string.
/// </remarks>
public sealed class PlainTextDecoder : IFormatDecoder
{
    /// <summary>Longest line, in characters, that can be read as a heading inside a paragraph.</summary>
    internal const int MaxHeadingLength = 80;

    // One forward pass over the lines, linear in the text: nothing in it can outgrow the budget.
    public ArticleFormat Format => ArticleFormats.PlainText;

    Article IFormatDecoder.Decode(DecoderInput input, DecodeBudget budget) => Decode(input.Text);

    public Article Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bodyStart = TitleLineEnd(text, out var titleLine);
        string? title = null;
        if (bodyStart > 0)
        {
            using var titleBuilder = new BlockTextBuilder(titleLine.Length);
            AppendParagraphs(titleLine, titleBuilder);
            title = titleBuilder.ToString();
        }

        using var builder = new BlockTextBuilder(text.Length);
        AppendParagraphs(text.AsSpan(bodyStart), builder);
        var cleaned = builder.ToString();
        if (cleaned.Length == 0)
        {
            throw new SummarizerException(ErrorCodes.EmptyInput, "The article is empty: it holds only whitespace or invisible characters.");
        }

        return new Article(string.IsNullOrEmpty(title) ? null : title, cleaned, Format.MediaType);
    }

    /// <summary>
    /// Where the body starts when the text opens with a title: a short first line without closing punctuation, then a
    /// blank line, then more text. Returns 0 when there is no such title.
    /// </summary>
    internal static int TitleLineEnd(string text, out ReadOnlySpan<char> title)
    {
        title = default;
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && (TextCharacters.IsSpace(span[start]) || TextCharacters.IsLineBreak(span[start]) || TextCharacters.IsIgnorable(span[start])))
        {
            start++;
        }

        var rest = span[start..];
        var lineLength = rest.IndexOfAny(TextCharacters.LineBreaks);
        if (lineLength <= 0)
        {
            return 0;
        }

        var line = rest[..lineLength];
        var afterLine = rest[(lineLength + LineBreakLength(rest, lineLength))..];
        var nextBreak = afterLine.IndexOfAny(TextCharacters.LineBreaks);
        var nextIsBlank = nextBreak >= 0 && TextCharacters.IsBlank(afterLine[..nextBreak]);
        var hasBody = !TextCharacters.IsBlank(afterLine);
        if (!nextIsBlank || !hasBody || !IsHeadingLike(line) || ListMarkerLength(line) > 0)
        {
            return 0;
        }

        title = line;
        return start + lineLength;
    }

    /// <summary>Writes <paramref name="text"/> into <paramref name="builder"/> as paragraphs, one block each.</summary>
    internal static void AppendParagraphs(ReadOnlySpan<char> text, BlockTextBuilder builder)
    {
        builder.EndBlock();
        var inParagraph = false;
        var inListItem = false;
        var position = 0;
        while (position < text.Length)
        {
            var rest = text[position..];
            var lineLength = rest.IndexOfAny(TextCharacters.LineBreaks);
            if (lineLength < 0)
            {
                lineLength = rest.Length;
            }

            var line = rest[..lineLength];
            var breakLength = LineBreakLength(rest, lineLength);
            var endsParagraph = breakLength > 0 && TextCharacters.IsParagraphBreak(rest[lineLength]);
            position += lineLength + breakLength;

            if (TextCharacters.IsBlank(line))
            {
                builder.EndBlock();
                inParagraph = inListItem = false;
                continue;
            }

            inListItem = AppendLine(line, text[position..], endsParagraph, inParagraph, inListItem, builder);
            inParagraph = true;
            if (endsParagraph)
            {
                builder.EndBlock();
                inParagraph = inListItem = false;
            }
        }

        builder.EndBlock();
    }

    /// <summary>
    /// Appends one line that is not blank: a list item starts a block, an indented line under an item continues it, and
    /// a heading-like line in a paragraph, followed by a paragraph break or a blank line, starts a block of its own.
    /// Returns whether a list item is open after the line.
    /// </summary>
    private static bool AppendLine(
        ReadOnlySpan<char> line, ReadOnlySpan<char> after, bool endsParagraph, bool inParagraph, bool inListItem, BlockTextBuilder builder)
    {
        var markerLength = ListMarkerLength(line);
        if (markerLength > 0)
        {
            builder.EndBlock();
            builder.Append(line[markerLength..]);
            return true;
        }

        if (inListItem && TextCharacters.IsSpace(line[0]))
        {
            // An indented line under a list item continues that item.
            builder.AppendSpace();
            builder.Append(line);
            return true;
        }

        if (inListItem || (inParagraph && IsHeadingLike(line) && (endsParagraph || NextLineIsBlank(after))))
        {
            builder.EndBlock();
        }
        else
        {
            builder.AppendSpace();
        }

        builder.Append(line);
        return false;
    }

    /// <summary>Length of the bullet or number (with the space after it) that starts a list item, or 0.</summary>
    internal static int ListMarkerLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < line.Length && line[i] is '-' or '*' or '+' or '\u2022')
        {
            i++;
        }
        else
        {
            var digits = i;
            while (i < line.Length && i - digits < 3 && char.IsAsciiDigit(line[i]))
            {
                i++;
            }

            if (i == digits || i == line.Length || line[i] is not ('.' or ')'))
            {
                return 0;
            }

            i++;
        }

        // The marker must be followed by a space and then by something to say.
        if (i == line.Length || line[i] is not (' ' or '\t') || TextCharacters.IsBlank(line[i..]))
        {
            return 0;
        }

        return i + 1;
    }

    /// <summary>A short line that starts like a title and does not end like a sentence or a wrapped line.</summary>
    internal static bool IsHeadingLike(ReadOnlySpan<char> line)
    {
        var trimmed = TextCharacters.TrimInvisible(line);
        if (trimmed.Length is 0 or > MaxHeadingLength)
        {
            return false;
        }

        var last = trimmed[^1];
        return (char.IsLetterOrDigit(last) || last == ')') && !char.IsLower(trimmed[0]);
    }

    private static bool NextLineIsBlank(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (TextCharacters.IsLineBreak(c))
            {
                return true;
            }

            if (!TextCharacters.IsSpace(c) && !TextCharacters.IsIgnorable(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int LineBreakLength(ReadOnlySpan<char> rest, int lineLength)
    {
        if (lineLength == rest.Length)
        {
            return 0;
        }

        return rest[lineLength] == '\r' && lineLength + 1 < rest.Length && rest[lineLength + 1] == '\n' ? 2 : 1;
    }
}
