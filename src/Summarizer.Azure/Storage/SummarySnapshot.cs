namespace Summarizer.Azure.Storage;

/// <summary>What the summaries container holds for one article: each of the three outputs, or null when absent.</summary>
public sealed record SummarySnapshot(StoredBlob? Json, StoredBlob? Markdown, StoredBlob? Error)
{
    public static SummarySnapshot Empty { get; } = new(null, null, null);

    /// <summary>True when both renderings were written from this article version with this engine fingerprint.</summary>
    public bool HasSummaryOf(ArticleSnapshot article, string fingerprint) =>
        Json is not null && Json.Metadata.Describes(article, fingerprint)
        && Markdown is not null && Markdown.Metadata.Describes(article, fingerprint);

    /// <summary>
    /// True when both renderings of a fallback (degraded) summary of this article version are stored. Never up to date
    /// by itself; a run that waited for another run's claim accepts it rather than pay the engine a second time.
    /// </summary>
    public bool HasDegradedSummaryOf(ArticleSnapshot article) =>
        Json is not null && Json.Metadata.Degraded && IsOf(Json, article)
        && Markdown is not null && Markdown.Metadata.Degraded && IsOf(Markdown, article)
        && string.Equals(Json.Metadata.Fingerprint, Markdown.Metadata.Fingerprint, StringComparison.Ordinal);

    /// <summary>True when <see cref="Json"/> is this article version's summary with this fingerprint, whatever the Markdown is.</summary>
    public bool HasJsonOf(ArticleSnapshot article, string fingerprint) =>
        Json is not null && Json.Metadata.Describes(article, fingerprint);

    /// <summary>True when each output that exists is the same blob version in <paramref name="other"/>: nothing was written in between.</summary>
    public bool SameVersionsAs(SummarySnapshot other) =>
        Same(Json, other.Json) && Same(Markdown, other.Markdown) && Same(Error, other.Error);

    /// <summary>True when this article version already failed permanently with this engine fingerprint.</summary>
    public bool HasErrorOf(ArticleSnapshot article, string fingerprint) =>
        Error is not null && Error.Metadata.Describes(article, fingerprint);

    private static bool IsOf(StoredBlob blob, ArticleSnapshot article) =>
        string.Equals(blob.Metadata.SourceETag, article.ETag.ToString(), StringComparison.Ordinal);

    private static bool Same(StoredBlob? a, StoredBlob? b) => a is null ? b is null : b is not null && a.ETag == b.ETag;
}
