namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>
/// The few element names of RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom that hold text a reader reads; both feed readers
/// (<see cref="XmlFeedReader"/>, <see cref="LenientFeedReader"/>) keep these and nothing else.
/// </summary>
internal static class FeedVocabulary
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string Atom03Namespace = "http://purl.org/atom/ns#";
    public const string Rss10Namespace = "http://purl.org/rss/1.0/";
    public const string Rss090Namespace = "http://my.netscape.com/rdf/simple/0.9/";
    public const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>What a feed element is to the reader.</summary>
    public enum Role
    {
        /// <summary>Metadata or an unknown element: skipped, with everything inside it.</summary>
        None,

        /// <summary><c>channel</c> (RSS) or the Atom <c>feed</c>: its <c>title</c> is the article's title.</summary>
        Channel,

        /// <summary>An RSS <c>item</c> or Atom <c>entry</c>.</summary>
        Entry,

        Title,

        /// <summary>A short text: RSS <c>description</c>, Atom <c>summary</c>.</summary>
        Summary,

        /// <summary>The full text: <c>content:encoded</c>, Atom <c>content</c>; preferred over the summary.</summary>
        Content,
    }

    /// <summary>The role of an element by its local name and namespace (the no-namespace RSS 0.9x/2.0 included).</summary>
    public static Role RoleOf(string localName, string namespaceUri)
    {
        if (namespaceUri == ContentModuleNamespace)
        {
            return localName == "encoded" ? Role.Content : Role.None;
        }

        return IsFeedNamespace(namespaceUri) ? RoleOf(localName) : Role.None;
    }

    /// <summary>The role of an element by the name it is written with (prefix included), for markup that is not XML.</summary>
    public static Role RoleOfWrittenName(string name) => name switch
    {
        "content:encoded" => Role.Content,
        _ when name.StartsWith("atom:", StringComparison.Ordinal) => RoleOf(name["atom:".Length..]),
        _ => RoleOf(name),
    };

    /// <summary>True for the names a feed's root has: <c>rss</c>, Atom's <c>feed</c>, RSS 1.0's <c>rdf:RDF</c>.</summary>
    public static bool IsRoot(string localName, string namespaceUri) =>
        (localName == "rss" && namespaceUri.Length == 0)
        || (localName == "feed" && namespaceUri is AtomNamespace or Atom03Namespace)
        || (localName == "RDF" && namespaceUri == RdfNamespace);

    private static bool IsFeedNamespace(string namespaceUri) =>
        namespaceUri.Length == 0 || namespaceUri is AtomNamespace or Atom03Namespace or Rss10Namespace or Rss090Namespace;

    private static Role RoleOf(string localName) => localName switch
    {
        "channel" or "feed" => Role.Channel,
        "item" or "entry" => Role.Entry,
        "title" => Role.Title,
        "description" or "summary" => Role.Summary,
        "content" => Role.Content,
        _ => Role.None,
    };
}
