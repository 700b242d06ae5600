namespace Summarizer.Storage.Pipeline;

/// <summary>
/// Where a run stands with the page a link article names, when it was asked to fetch that page again (a refresh): a
/// link article's result is current for the article blob, so only a refresh looks at the page.
/// </summary>
public enum PageCheck
{
    /// <summary>The run was not asked to look at the page again (the blob trigger, a queued request, the backfill).</summary>
    NotAsked,

    /// <summary>Asked, not yet fetched: a link article's summary is fetched again, conditional on its validators.</summary>
    Due,

    /// <summary>The server answered 304 to the stored validators: the stored result stands as it is.</summary>
    Unchanged,

    /// <summary>The page came back different, or now fails for good: the result is made again from what came back.</summary>
    Changed,
}
