namespace Summarizer.Azure.Storage;

/// <summary>What the summaries container holds for one article: each of the three outputs, or null when absent.</summary>
public sealed record SummarySnapshot(StoredBlob? Json, StoredBlob? Markdown, StoredBlob? Error)
{
    public static SummarySnapshot Empty { get; } = new(null, null, null);

    /// <summary>True when both renderings were written from this article version with this engine fingerprint.</summary>
    public bool HasSummaryOf(ArticleSnapshot article, string fingerprint) =>
        Json is not null && Json.Metadata.Describes(article, fingerprint)
        && Markdown is not null && Markdown.Metadata.Describes(article, fingerprint);

    /// <summary>True when this article version already failed permanently with this engine fingerprint.</summary>
    public bool HasErrorOf(ArticleSnapshot article, string fingerprint) =>
        Error is not null && Error.Metadata.Describes(article, fingerprint);
}
