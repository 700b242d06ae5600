namespace Summarizer.Storage.Blobs;

/// <summary>What one read of an article found (see <see cref="BlobArticleStore.ReadAsync"/>).</summary>
public enum ArticleReadStatus
{
    /// <summary>The article's version, with its bytes unless it is larger than the limit.</summary>
    Read,

    /// <summary>The article is still at the version the read was conditional on (<c>If-None-Match</c>): nothing was sent.</summary>
    NotModified,

    /// <summary>The article is no longer at the version the read required (<c>If-Match</c>).</summary>
    Changed,

    /// <summary>There is no such article.</summary>
    Missing,
}

/// <summary>
/// The outcome of reading an article: its version as the answer described it and, when that version is within the
/// size limit, its bytes (exactly that version's: status, headers and body come in one answer).
/// </summary>
public sealed record ArticleRead(ArticleReadStatus Status, ArticleSnapshot? Article = null, BinaryData? Content = null);
