namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>One RSS item or Atom entry, reduced to what a reader reads: its title and its text.</summary>
/// <param name="Title">The item's title, or null.</param>
/// <param name="Body">Its full content when the feed carries it (<c>content:encoded</c>, Atom <c>content</c>), else its description or summary; or null.</param>
internal sealed record FeedEntry(FeedText? Title, FeedText? Body);
