namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>One text field of a feed (a title, an item's description or content) as the feed holds it.</summary>
/// <param name="Value">The field's value with the feed's own escaping undone: HTML markup when <paramref name="IsMarkup"/>.</param>
/// <param name="IsMarkup">
/// True when the value is HTML (RSS fields, which feeds fill with escaped or CDATA HTML; Atom <c>type="html"</c> and
/// <c>type="xhtml"</c>); false for Atom's <c>type="text"</c>, which is plain text whatever characters it holds.
/// </param>
internal sealed record FeedText(string Value, bool IsMarkup);
