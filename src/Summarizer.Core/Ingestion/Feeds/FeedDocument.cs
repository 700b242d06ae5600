namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>
/// A feed as the summariser reads it: the channel's title and its items' titles and texts. Everything else a feed
/// carries (links, GUIDs, dates, authors and their e-mail addresses, categories, enclosures, images, copyright) is
/// metadata about the items, not their text, and is left out by the readers.
/// </summary>
internal sealed record FeedDocument(FeedText? Title, IReadOnlyList<FeedEntry> Entries);
