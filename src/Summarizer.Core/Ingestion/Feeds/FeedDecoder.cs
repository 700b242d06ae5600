using System.Xml;
using Summarizer.Core.Ingestion.Html;

namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>
/// RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds, read as feeds rather than as HTML prose: the channel's title is the
/// title and the text is the items' titles and texts (<see cref="FeedArticle"/>); links, GUIDs, dates, authors,
/// e-mail addresses, categories and the like are left out. A well-formed feed is read by <see cref="XmlFeedReader"/>;
/// one that is not (common in the wild) by <see cref="LenientFeedReader"/>, as feed readers do. A document that
/// turns out to hold no feed at all (valid XML of another kind, or markup with no item in it) is read as HTML, as it
/// was before feeds were told apart, so nothing that read then stops reading.
/// </summary>
public sealed class FeedDecoder : TextDecoder
{
    private readonly HtmlDecoder _html = new();

    public override ArticleFormat Format => ArticleFormats.Feed;

    public override Article Decode(string text, DecodeBudget budget)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(budget);
        var feed = ReadFeed(text, budget);
        return feed is null
            ? _html.Decode(text, budget)
            : FeedArticle.Build(feed, Format.MediaType, text.Length, budget);
    }

    private static FeedDocument? ReadFeed(string text, DecodeBudget budget)
    {
        try
        {
            return XmlFeedReader.Read(text, budget);
        }
        catch (XmlException)
        {
            var feed = LenientFeedReader.Read(text, budget);
            return feed.Entries.Count > 0 ? feed : null;
        }
    }
}
