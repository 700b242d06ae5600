using Summarizer.Storage.Blobs;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// Everything a <see cref="ResultDecision"/> is made from: the article version this run works on, what the summaries
/// container holds for it, and the engine fingerprint a result written now would carry; then facts a run learns on
/// the way (the article's bytes, whether it is still current, whether another run just held its claim).
/// </summary>
public sealed record DecisionInput(ArticleSnapshot Article, SummarySnapshot Stored, string Fingerprint, long MaxInputBytes)
{
    /// <summary>SHA-256 of the article's bytes, once they were read; null before.</summary>
    public string? ContentSha256 { get; init; }

    /// <summary>
    /// True when <see cref="Article"/> was read after <see cref="Stored"/> was: every stored result was then written
    /// for this version or an earlier one (versions only move forward), so no time needs comparing.
    /// </summary>
    public bool ArticleReadAfterOutputs { get; init; }

    /// <summary>Whether <see cref="Article"/> is the article's current version, once storage was asked; null before.</summary>
    public bool? ArticleIsCurrent { get; init; }

    /// <summary>
    /// True when this run waited for another run's claim: that run's result for this version is taken as it is,
    /// degraded or not, rather than pay the engine again at once (the next run retries a degraded one).
    /// </summary>
    public bool AcceptDegraded { get; init; }

    /// <summary>Whether the run fetches a link article's page again, and what that fetch found (a refresh).</summary>
    public PageCheck Page { get; init; }

    /// <summary>True when the stored result blob could not be read back as a document: it is replaced, not rendered.</summary>
    public bool StoredResultUnreadable { get; init; }
}
