using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Storage.Configuration;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Links;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// Takes an article blob and leaves exactly one up-to-date result for it in the summaries container: the result blob
/// <c>{name}.json</c> (the summary, or an error record) and, for a summary, its Markdown rendering. Shared by the blob
/// trigger, the queue trigger, the HTTP refresh and <c>summarizer process</c>; an article that holds only a link is
/// summarised as the page it names (<see cref="LinkSteps"/>). Posted text (the HTTP summarise, the CLI's
/// <c>summarize</c> and <c>batch</c>) is never stored and goes to <see cref="ArticleProcessor"/> directly. What to do is
/// <see cref="ResultDecision"/>'s; <see cref="PipelineRun"/> does it, measured by <see cref="MeasuredRun"/>.
/// Permanent failures are recorded and returned; transient ones (<see cref="SummarizerException.IsTransient"/>) throw
/// so the host retries.
/// </summary>
public sealed class StoredArticlePipeline
{
    private readonly MeasuredRun _run;
    private readonly PipelineSettings _settings;

    public StoredArticlePipeline(BlobArticleStore articles, BlobSummaryStore summaries, ArticleProcessor processor, LinkFetcher links,
        IOptions<SummarizerOptions> options, TimeProvider timeProvider, ILogger<StoredArticlePipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(options);
        Articles = articles;
        Summaries = summaries;
        EngineName = processor.Engine.Name;
        _settings = new PipelineSettings(options.Value.MaxInputBytes, SummaryOptions.Default, processor.Engine.Fingerprint(SummaryOptions.Default));
        var writer = new ResultWriter(summaries, timeProvider, logger);
        var run = new PipelineRun(articles, summaries, processor, _settings, writer, new RepairSteps(summaries, writer, logger),
            new LinkSteps(summaries, links, logger), logger);
        _run = new MeasuredRun(run, EngineName);
    }

    public BlobArticleStore Articles { get; }

    public BlobSummaryStore Summaries { get; }

    /// <summary>The configured engine's name.</summary>
    public string EngineName { get; }

    /// <summary>The options every stored summary is made with; part of the fingerprint.</summary>
    public SummaryOptions SummaryOptions => _settings.SummaryOptions;

    /// <summary>The fingerprint a summary written now carries.</summary>
    public string Fingerprint => _settings.Fingerprint;

    /// <summary>Brings the result for the article named <paramref name="articleName"/> up to date with its current version.</summary>
    public Task<PipelineResult> ProcessAsync(string articleName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleName);
        return _run.RunAsync(new RunRequest(articleName), cancellationToken);
    }

    /// <summary>
    /// Like <see cref="ProcessAsync(string, CancellationToken)"/>, and an article that holds only a link has its page
    /// fetched again even when its result is current: conditional on the stored validators, so an unchanged page (304)
    /// costs no engine call and leaves the result as it is (<c>POST /api/refresh</c>).
    /// </summary>
    public Task<PipelineResult> RefreshAsync(string articleName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleName);
        return _run.RunAsync(new RunRequest(articleName) { FetchPageAgain = true }, cancellationToken);
    }

    /// <summary>
    /// Brings the result up to date for the version <paramref name="version"/> of an article (a queued request): a
    /// result for it costs one listing, and a request for a version the article no longer has ends as superseded.
    /// </summary>
    public Task<PipelineResult> ProcessAsync(string articleName, ETag version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleName);
        return _run.RunAsync(new RunRequest(articleName) { RequestedVersion = ETags.Normalize(version) }, cancellationToken);
    }

    /// <summary>
    /// Runs the pipeline for an article whose version and outputs the caller already listed (the backfill): an
    /// up-to-date article costs no request.
    /// </summary>
    public Task<PipelineResult> ProcessAsync(ArticleSnapshot article, SummarySnapshot existing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(existing);
        return _run.RunAsync(new RunRequest(article.Name) { ListedArticle = article, ListedOutputs = existing }, cancellationToken);
    }

    /// <summary>What a run would do first for <paramref name="article"/> given <paramref name="existing"/>; no request.</summary>
    public Decision Decide(ArticleSnapshot article, SummarySnapshot existing) =>
        ResultDecision.Decide(new DecisionInput(article, existing, _settings.Fingerprint, _settings.MaxInputBytes));
}
