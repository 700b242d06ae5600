using Summarizer.Azure.Pipeline;
using Summarizer.Azure.Storage;
using Summarizer.Core;

namespace Summarizer.Azure.Interactive;

/// <summary>
/// Storage for callers a person is waiting on (the HTTP API, the CLI's first contact): the same pipeline and stores as
/// the blob trigger, but over clients with the short retry budget of <see cref="StorageClientProfiles.Interactive"/>,
/// so an outage answers within seconds. Every failure is a <see cref="SummarizerException"/>: <c>invalid_name</c>,
/// <c>empty_input</c>, <c>not_found</c>, <c>article_changing</c>, <c>failed</c> or a transient <c>storage_unavailable</c>.
/// </summary>
public sealed class InteractiveStorage(SummaryPipeline pipeline)
{
    /// <summary>Each probe of <see cref="CheckHealthAsync"/> gives up after this long and reports <c>timeout</c>.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public SummaryPipeline Pipeline => pipeline;

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

    /// <summary>The stored summary (JSON, or Markdown when <paramref name="asMarkdown"/>), the failure, or pending.</summary>
    public async Task<StoredResult> FindAsync(string articleName, bool asMarkdown, CancellationToken cancellationToken = default)
    {
        var names = BlobNames.For(articleName);
        var stored = await pipeline.Summaries.ReadAsync(asMarkdown ? names.Markdown : names.Json, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return StoredResult.Summary(articleName, stored);
        }

        if (await ReadFailureAsync(names, cancellationToken).ConfigureAwait(false) is { } failed)
        {
            return failed;
        }

        return await pipeline.Articles.GetSnapshotAsync(articleName, cancellationToken).ConfigureAwait(false) is not null
            ? StoredResult.Pending(articleName)
            : throw NotFound(articleName);
    }

    /// <summary>Runs the pipeline for the article now (no engine call when it is up to date) and returns its result.</summary>
    public async Task<StoredResult> RefreshAsync(string articleName, bool asMarkdown, CancellationToken cancellationToken = default)
    {
        var names = BlobNames.For(articleName);
        var result = await pipeline.ProcessAsync(articleName, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case PipelineOutcome.ArticleMissing:
                throw NotFound(articleName);
            case PipelineOutcome.Superseded:
                throw Changing("The article changed while it was being summarised; try again.");
            case var _ when result.IsFailure:
                return await ReadFailureAsync(names, cancellationToken).ConfigureAwait(false)
                    ?? StoredResult.Failed(articleName, result.ErrorCode!, result.ErrorMessage ?? "The article could not be summarised.");
        }

        var stored = await pipeline.Summaries.ReadAsync(asMarkdown ? names.Markdown : names.Json, cancellationToken).ConfigureAwait(false);
        return stored is not null
            ? StoredResult.Summary(articleName, stored)
            : throw Changing("The summary was replaced while it was being read; try again.");
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

    private async Task<StoredResult?> ReadFailureAsync(BlobNames names, CancellationToken cancellationToken)
    {
        var error = await pipeline.Summaries.ReadAsync(names.Error, cancellationToken).ConfigureAwait(false);
        if (error is null)
        {
            return null;
        }

        return ErrorRecordSerializer.TryFromJson(error.ToMemory().Span) is { } record
            ? StoredResult.Failed(record)
            : StoredResult.Failed(names.Article, ErrorCodes.Failed, "The article could not be summarised; its error record is unreadable.");
    }

    private static SummarizerException NotFound(string articleName) =>
        new(ErrorCodes.NotFound, $"There is no article named '{articleName}'.");

    private static SummarizerException Changing(string message) => new(ErrorCodes.ArticleChanging, message);
}
