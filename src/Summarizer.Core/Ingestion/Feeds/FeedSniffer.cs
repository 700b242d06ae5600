namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>
/// The MIME Sniffing standard's "sniffing a mislabeled feed", over decoded text: after an optional byte-order mark,
/// whitespace, comments, processing instructions (the XML declaration) and a DOCTYPE, a first element <c>rss</c>, Atom's
/// <c>feed</c>, or <c>rdf:RDF</c> whose opening names both the RDF and the RSS 1.0 namespaces makes the document a feed.
/// Like the standard it looks only at the head of the document (1,445 characters), so an HTML page costs a few
/// comparisons. One deliberate difference: the element name must end there (<c>&lt;feedback&gt;</c> is not a feed).
/// </summary>
public static class FeedSniffer
{
    /// <summary>The standard's resource header: what a browser has to hand when it sniffs.</summary>
    public const int HeaderLength = 1445;

    /// <summary>True when the text opens as an RSS, RSS 1.0 or Atom document.</summary>
    public static bool IsFeed(ReadOnlySpan<char> text)
    {
        var header = text.Length > HeaderLength ? text[..HeaderLength] : text;
        var s = header.Length > 0 && header[0] == '\uFEFF' ? 1 : 0;
        while (true)
        {
            while (s < header.Length && IsWhitespace(header[s]))
            {
                s++;
            }

            if (s >= header.Length || header[s] != '<')
            {
                return false;
            }

            var rest = header[(s + 1)..];
            var close = rest.StartsWith("!--", StringComparison.Ordinal) ? "-->"
                : rest.StartsWith('?') ? "?>"
                : rest.StartsWith('!') ? ">"
                : null;
            if (close is null)
            {
                return IsElement(rest, "rss") || IsElement(rest, "feed") || IsRssRdf(rest);
            }

            // A comment, processing instruction or DOCTYPE that does not end within the header: not known to be a feed.
            var end = rest[1..].IndexOf(close, StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            s += 2 + end + close.Length;
        }
    }

    private static bool IsRssRdf(ReadOnlySpan<char> rest) =>
        IsElement(rest, "rdf:RDF")
        && rest.IndexOf(FeedVocabulary.Rss10Namespace, StringComparison.Ordinal) >= 0
        && rest.IndexOf(FeedVocabulary.RdfNamespace, StringComparison.Ordinal) >= 0;

    private static bool IsElement(ReadOnlySpan<char> rest, string name) =>
        rest.StartsWith(name, StringComparison.Ordinal)
        && (rest.Length == name.Length || IsWhitespace(rest[name.Length]) || rest[name.Length] is '>' or '/');

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
