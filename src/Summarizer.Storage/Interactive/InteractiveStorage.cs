using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Documents;

namespace Summarizer.Storage.Interactive;

/// <summary>
/// Storage for callers a person is waiting on (the HTTP API, the CLI's first contact): the same pipeline and stores as
/// the blob trigger, but over clients with the short retry budget of <see cref="StorageClientProfiles.Interactive"/>,
/// so an outage answers within seconds. Every failure is a <see cref="SummarizerException"/>: <c>invalid_name</c>,
/// <c>empty_input</c>, <c>not_found</c>, <c>article_changing</c>, <c>failed</c> or a transient <c>storage_unavailable</c>.
/// </summary>
public sealed class InteractiveStorage(StoredArticlePipeline pipeline)
{
    /// <summary>Each probe of <see cref="CheckHealthAsync"/> gives up after this long and reports <c>timeout</c>.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public StoredArticlePipeline Pipeline => pipeline;

    /// <summary>Creates both containers when missing.</summary>
    public async Task CreateContainersAsync(CancellationToken cancellationToken = default)
    {
        await pipeline.Articles.CreateContainerIfMissingAsync(cancellationToken).ConfigureAwait(false);
        await pipeline.Summaries.CreateContainerIfMissingAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores an article under a valid name; its blob-created event then starts the summary.</summary>
    public Task<ArticleSnapshot> UploadArticleAsync(string articleName, BinaryData content, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        BlobNames.For(articleName);
        if (content.ToMemory().IsEmpty)
        {
            throw new SummarizerException(ErrorCodes.EmptyInput, "The article is empty.");
        }

        return pipeline.Articles.UploadAsync(articleName, content, contentType, cancellationToken);
    }

    /// <summary>
    /// The stored summary (JSON, or Markdown rendered from it when <paramref name="asMarkdown"/>, so it is always the
    /// current result's), the failure, or pending.
    /// </summary>
    public async Task<StoredResult> FindAsync(string articleName, bool asMarkdown, CancellationToken cancellationToken = default)
    {
        var names = BlobNames.For(articleName);
        if (await ReadResultAsync(names, asMarkdown, cancellationToken).ConfigureAwait(false) is { } found)
        {
            return found;
        }

        return await pipeline.Articles.GetSnapshotAsync(articleName, cancellationToken).ConfigureAwait(false) is not null
            ? StoredResult.Pending(articleName)
            : throw NotFound(articleName);
    }

    /// <summary>
    /// Runs the pipeline for the article now (no engine call when it is up to date; a link article's page is fetched
    /// again, conditionally) and returns its result.
    /// </summary>
    public async Task<StoredResult> RefreshAsync(string articleName, bool asMarkdown, CancellationToken cancellationToken = default)
    {
        var names = BlobNames.For(articleName);
        var result = await pipeline.RefreshAsync(articleName, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case PipelineOutcome.ArticleMissing:
                throw NotFound(articleName);
            case PipelineOutcome.Superseded:
                throw Changing("The article changed while it was being summarised; try again.");
        }

        return await ReadResultAsync(names, asMarkdown, cancellationToken).ConfigureAwait(false)
            ?? throw Changing("The result was replaced while it was being read; try again.");
    }

    /// <summary>Probes both containers at once; a probe that outlasts <see cref="ProbeTimeout"/> reports <c>timeout</c>.</summary>
    public async Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        var articles = ProbeAsync(pipeline.Articles.ContainerExistsAsync(timeout.Token), cancellationToken);
        var summaries = ProbeAsync(pipeline.Summaries.ContainerExistsAsync(timeout.Token), cancellationToken);
        return new StorageHealth(pipeline.Articles.ContainerName, await articles.ConfigureAwait(false),
            pipeline.Summaries.ContainerName, await summaries.ConfigureAwait(false));
    }

    private static async Task<string> ProbeAsync(Task<bool> exists, CancellationToken cancellationToken)
    {
        try
        {
            return await exists.ConfigureAwait(false) ? StorageHealth.Ok : StorageHealth.Missing;
        }
        catch (SummarizerException ex) when (ex.Code == ErrorCodes.StorageUnavailable)
        {
            return StorageHealth.Unreachable;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return StorageHealth.Timeout;
        }
    }

    // The result blob; for a result stored before 2.0 that is an error record, its own blob.
    private async Task<StoredResult?> ReadResultAsync(BlobNames names, bool asMarkdown, CancellationToken cancellationToken)
    {
        if (await pipeline.Summaries.ReadAsync(names.Json, cancellationToken: cancellationToken).ConfigureAwait(false) is { } body)
        {
            return ResultBody.IsFailure(body.ToMemory().Span) ? Failure(names.Article, body) : Summary(names.Article, body, asMarkdown);
        }

        return await pipeline.Summaries.ReadAsync(names.LegacyError, cancellationToken: cancellationToken).ConfigureAwait(false) is { } legacy
            ? Failure(names.Article, legacy)
            : null;
    }

    private static StoredResult Summary(string articleName, BinaryData body, bool asMarkdown)
    {
        if (!asMarkdown)
        {
            return StoredResult.Summary(articleName, body);
        }

        return ResultBody.TryReadSummary(body.ToMemory().Span) is { } document
            ? StoredResult.Summary(articleName, BinaryData.FromString(MarkdownRenderer.Render(document)))
            : StoredResult.Failed(articleName, ErrorCodes.Failed, "The stored summary cannot be read; refresh the article to summarise it again.");
    }

    private static StoredResult Failure(string articleName, BinaryData body) =>
        ErrorRecordSerializer.TryFromJson(body.ToMemory().Span) is { } record
            ? StoredResult.Failed(record)
            : StoredResult.Failed(articleName, ErrorCodes.Failed, "The article could not be summarised; its error record is unreadable.");

    private static SummarizerException NotFound(string articleName) =>
        new(ErrorCodes.NotFound, $"There is no article named '{articleName}'.");

    private static SummarizerException Changing(string message) => new(ErrorCodes.ArticleChanging, message);
}
