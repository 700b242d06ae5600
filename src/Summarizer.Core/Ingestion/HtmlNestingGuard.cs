using System.Collections.Frozen;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// Refuses HTML nested deeper than any real page before AngleSharp sees it. The HTML tree-building algorithm scans the
/// stack of open elements for many tags, so parsing time grows with depth × size: a few megabytes of unclosed
/// <c>&lt;div&gt;</c> or <c>&lt;b&gt;&lt;i&gt;</c> would take minutes. Browsers cap depth for the same reason.
/// </summary>
/// <remarks>
/// One linear pass that simulates just enough of the tree builder to estimate depth: start tags push, an end tag pops
/// back to its matching start tag (or is ignored when none is open), void elements and elements whose end tag is
/// optional do not nest, self-closing tags do not nest, and the contents of comments, scripts and styles are skipped.
/// </remarks>
internal static class HtmlNestingGuard
{
    /// <summary>Deepest nesting accepted; real pages stay well below a hundred.</summary>
    public const int MaxDepth = 512;

    private static readonly FrozenSet<string> NonNestingElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track",
        "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "option",
        "optgroup", "rb", "rp", "rt", "rtc", "html", "head", "body");

    private static readonly FrozenSet<string> RawTextElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext");

    public static void ThrowIfTooDeep(string html)
    {
        var nonNesting = NonNestingElements.GetAlternateLookup<ReadOnlySpan<char>>();
        var rawText = RawTextElements.GetAlternateLookup<ReadOnlySpan<char>>();
        var open = new List<Range>();
        var text = html.AsSpan();
        var position = 0;
        while (position < text.Length)
        {
            var lessThan = text[position..].IndexOf('<');
            if (lessThan < 0)
            {
                return;
            }

            position += lessThan + 1;
            var rest = text[position..];
            if (rest.StartsWith("!--", StringComparison.Ordinal))
            {
                position = SkipPast(text, position, "-->");
                continue;
            }

            var isEndTag = rest.StartsWith('/');
            var nameStart = isEndTag ? position + 1 : position;
            var nameEnd = nameStart;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(text[nameStart]))
            {
                continue;
            }

            var name = text[nameStart..nameEnd];
            var tagEnd = text[nameEnd..].IndexOf('>');
            tagEnd = tagEnd < 0 ? text.Length : nameEnd + tagEnd;
            position = Math.Min(tagEnd + 1, text.Length);
            if (isEndTag)
            {
                PopTo(open, html, name);
            }
            else if (rawText.Contains(name))
            {
                position = SkipPast(text, position, $"</{name}");
            }
            else if (!nonNesting.Contains(name) && text[tagEnd - 1] != '/')
            {
                open.Add(nameStart..nameEnd);
                if (open.Count > MaxDepth)
                {
                    throw new SummarizerException(ErrorCodes.UnsupportedContent,
                        $"The HTML is nested more than {MaxDepth} elements deep, which no real page is; it cannot be read as an article.");
                }
            }
        }
    }

    /// <summary>Closes the innermost open element with this name and everything opened inside it; ignores a stray end tag.</summary>
    private static void PopTo(List<Range> open, string html, ReadOnlySpan<char> name)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (html.AsSpan()[open[i]].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
        }
    }

    private static int SkipPast(ReadOnlySpan<char> text, int position, string terminator)
    {
        var found = text[position..].IndexOf(terminator, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? text.Length : position + found + terminator.Length;
    }
}
