using Summarizer.Core.Ingestion.Feeds;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// Tells feeds, HTML and Markdown from plain text in a text field that arrives with no type (a <c>batch</c> record).
/// Only unmistakable signs count, because plain news text read as Markdown could lose characters: a feed opens with
/// its root element (<see cref="FeedSniffer"/>); HTML opens with a tag or holds block tags; Markdown has an ATX heading
/// line, a fenced code block or an inline link. Looks at the first 4 KiB.
/// </summary>
public static class TextFormatSniffer
{
    private const int Window = 4096;

    private const string Utf8 = "; charset=utf-8";

    private static readonly string PlainTextUtf8 = ArticleFormats.PlainText.MediaType + Utf8;

    private static readonly string MarkdownUtf8 = ArticleFormats.Markdown.MediaType + Utf8;

    private static readonly string HtmlUtf8 = ArticleFormats.Html.MediaType + Utf8;

    private static readonly string FeedUtf8 = ArticleFormats.Feed.MediaType + Utf8;

    /// <summary>A feed, HTML, Markdown or plain text, for UTF-8 text.</summary>
    public static ArticleFormat FormatOf(ReadOnlySpan<byte> utf8)
    {
        var head = utf8.Length > Window ? utf8[..Window] : utf8;
        return LooksLikeFeed(head) ? ArticleFormats.Feed
            : LooksLikeHtml(head) ? ArticleFormats.Html
            : LooksLikeMarkdown(head) ? ArticleFormats.Markdown
            : ArticleFormats.PlainText;
    }

    /// <summary><c>text/html</c>, <c>text/markdown</c> or <c>text/plain</c> for UTF-8 text.</summary>
    public static string MediaTypeOf(ReadOnlySpan<byte> utf8) => FormatOf(utf8).MediaType;

    /// <summary>
    /// The Content-Type of UTF-8 text that arrived as a string (a JSON field): its media type, and UTF-8, so that a
    /// <c>&lt;meta charset&gt;</c> copied along with a page's markup does not make it read as another encoding.
    /// </summary>
    public static string Utf8ContentTypeOf(ReadOnlySpan<byte> utf8)
    {
        var format = FormatOf(utf8);
        return format == ArticleFormats.Feed ? FeedUtf8
            : format == ArticleFormats.Html ? HtmlUtf8
            : format == ArticleFormats.Markdown ? MarkdownUtf8
            : PlainTextUtf8;
    }

    private static bool LooksLikeFeed(ReadOnlySpan<byte> text)
    {
        // A feed opens with markup (after a byte-order mark and white space); anything else costs one look, not a decode.
        var start = text.StartsWith("\uFEFF"u8) ? text[3..] : text;
        if (start.TrimStart(" \t\r\n"u8) is not [(byte)'<', ..])
        {
            return false;
        }

        // The sniffer reads characters; the head it looks at is short, so it is decoded on the stack.
        Span<char> chars = stackalloc char[FeedSniffer.HeaderLength];
        var head = text.Length > chars.Length ? text[..chars.Length] : text;
        var written = System.Text.Encoding.UTF8.GetChars(head, chars);
        return FeedSniffer.IsFeed(chars[..written]);
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> text)
    {
        var start = text.TrimStart(" \t\r\n"u8);
        if (start.Length > 1 && start[0] == '<' && (char.IsAsciiLetter((char)start[1]) || start[1] is (byte)'!'))
        {
            return true;
        }

        return ContainsIgnoreCase(text, "</p>"u8) || ContainsIgnoreCase(text, "<br"u8) || ContainsIgnoreCase(text, "</div>"u8);
    }

    private static bool LooksLikeMarkdown(ReadOnlySpan<byte> text)
    {
        if (text.IndexOf("```"u8) >= 0 || text.IndexOf("](http"u8) >= 0)
        {
            return true;
        }

        // An ATX heading: one to six '#' then a space, at the start of a line.
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var line = text[lineStart..];
            var hashes = 0;
            while (hashes < line.Length && line[hashes] == '#')
            {
                hashes++;
            }

            if (hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] == ' ')
            {
                return true;
            }

            var newline = line.IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            lineStart += newline + 1;
        }

        return false;
    }

    private static bool ContainsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> ascii)
    {
        for (var i = text.IndexOf(ascii[0]); i >= 0 && i + ascii.Length <= text.Length; i = NextIndex(text, ascii[0], i))
        {
            if (System.Text.Ascii.EqualsIgnoreCase(text.Slice(i, ascii.Length), ascii))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<byte> text, byte value, int after)
    {
        var next = text[(after + 1)..].IndexOf(value);
        return next < 0 ? -1 : after + 1 + next;
    }
}
