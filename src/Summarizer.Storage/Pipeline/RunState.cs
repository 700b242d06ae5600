using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Documents;
using Summarizer.Core.Ingestion;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// What one run knows about its article so far: the version it works on (with the bytes once read), the outputs as
/// last read, and what the engine made of it. <see cref="Input"/> turns that into the input of the next decision.
/// </summary>
internal sealed class RunState(BlobNames names, PipelineSettings settings, bool fetchPageAgain = false) : IAsyncDisposable
{
    private ArticleSnapshot? _article;

    public BlobNames Names => names;

    public ArticleSnapshot Article => _article ?? throw new InvalidOperationException("The run has no article version yet.");

    /// <summary>
    /// The outputs as last read or written. Reading them again forgets that a result was unreadable. Once a result
    /// differs from the one seen before, it may be newer than the version held, and whether that version was current
    /// when asked says nothing about it: both are learnt again.
    /// </summary>
    public SummarySnapshot Stored
    {
        get;
        set
        {
            if (field.Json?.ETag != value.Json?.ETag || field.LegacyError?.ETag != value.LegacyError?.ETag)
            {
                ArticleReadAfterOutputs = false;
                ArticleIsCurrent = null;
            }

            field = value;
            StoredResultUnreadable = false;
        }
    } = SummarySnapshot.Empty;

    /// <summary>True while the article version held was read after <see cref="Stored"/> (see <see cref="DecisionInput.ArticleReadAfterOutputs"/>).</summary>
    public bool ArticleReadAfterOutputs { get; private set; }

    /// <summary>The article's bytes, for <see cref="Article"/>; null until read (and for an article over the limit).</summary>
    public BinaryData? Content { get; private set; }

    public string? ContentSha256 { get; private set; }

    public bool? ArticleIsCurrent { get; set; }

    public bool StoredResultUnreadable { get; set; }

    /// <summary>Held from before the engine is paid until the run ends (engines that cost more than the claim only).</summary>
    public ArticleClaim? Claim { get; set; }

    /// <summary>The engine's summary of <see cref="Article"/>, once made.</summary>
    public SummaryDocument? Document { get; set; }

    /// <summary>The permanent failure of <see cref="Article"/>, once known.</summary>
    public SummarizerException? Failure { get; set; }

    /// <summary>True once <see cref="Article"/> is known to hold only a link: its result is of the page it names.</summary>
    public bool IsLink { get; set; }

    /// <summary>The page <see cref="Article"/> links to, once fetched; the engine reads this instead of the article.</summary>
    public ArticleInput? Page { get; set; }

    /// <summary>Whether this run looks at a link article's page again, and what it found.</summary>
    public PageCheck PageCheck { get; set; } = fetchPageAgain ? PageCheck.Due : PageCheck.NotAsked;

    public DecisionInput Input => new(Article, Stored, settings.Fingerprint, settings.MaxInputBytes)
    {
        ContentSha256 = ContentSha256,
        ArticleReadAfterOutputs = ArticleReadAfterOutputs,
        ArticleIsCurrent = ArticleIsCurrent,
        AcceptDegraded = Claim is { WaitedForAnotherRun: true },
        StoredResultUnreadable = StoredResultUnreadable,
        Page = PageCheck,
    };

    /// <summary>
    /// Works on <paramref name="article"/>, read after the outputs, from now on; what was known about an earlier
    /// version is dropped.
    /// </summary>
    public void Hold(ArticleSnapshot article, BinaryData? content = null)
    {
        ArticleReadAfterOutputs = true;
        if (_article is not null && _article.ETag != article.ETag)
        {
            ArticleIsCurrent = null;
            Document = null;
            Failure = null;
            IsLink = false;
            Page = null;
            PageCheck = fetchPageAgain ? PageCheck.Due : PageCheck.NotAsked;
        }

        _article = article;
        Content = content;
        ContentSha256 = content is null ? null : SummaryDocumentFactory.Sha256Hex(content.ToMemory().Span);
    }

    public async ValueTask DisposeAsync()
    {
        if (Claim is not null)
        {
            await Claim.DisposeAsync().ConfigureAwait(false);
        }
    }
}
