using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.AI;

/// <summary>
/// Decorator that keeps an article from being lost when the model engine fails: a permanent model failure, or a
/// transient one whose time budget is spent, yields the fallback engine's summary with
/// <see cref="EngineInfo.FallbackReason"/> saying why. Input errors (nothing to summarise, bad options) and cancellation
/// pass through, since the fallback would fail the same way or should not run at all.
/// </summary>
public sealed class FallbackSummarizer(ISummarizer primary, ISummarizer fallback, ILogger<FallbackSummarizer>? logger = null) : ISummarizer
{
    private static readonly HashSet<string> EngineFailures = new(StringComparer.Ordinal)
    {
        ErrorCodes.EngineUnavailable,
        ErrorCodes.EngineRefused,
        ErrorCodes.ContentFiltered,
        ErrorCodes.InvalidEngineOutput,
        AIErrorCodes.ContextLengthExceeded,
        AIErrorCodes.TruncatedOutput,
        AIErrorCodes.DocumentTooLong,
    };

    private readonly ILogger _logger = logger ?? NullLogger<FallbackSummarizer>.Instance;

    public string Name => primary.Name;

    public bool IsCostly => primary.IsCostly || fallback.IsCostly;

    /// <summary>
    /// The primary engine's fingerprint, the one an up-to-date stored summary must carry. A fallback summary says so
    /// (<see cref="EngineInfo.Degraded"/>, with the fallback engine's own <see cref="EngineInfo.Fingerprint"/>), and the
    /// storage pipeline stores it under that fingerprint, so it reads as out of date and the model gets another chance
    /// when the article is next processed.
    /// </summary>
    public string Fingerprint(SummaryOptions options) => primary.Fingerprint(options);

    public async Task<Summary> SummarizeAsync(Article article, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            return await primary.SummarizeAsync(article, options, cancellationToken).ConfigureAwait(false);
        }
        catch (SummarizerException ex) when (EngineFailures.Contains(ex.Code))
        {
            Log.FallingBack(_logger, primary.Name, ex.Code, ex.IsTransient, fallback.Name);
            var summary = await fallback.SummarizeAsync(article, options, cancellationToken).ConfigureAwait(false);
            return summary with { Engine = summary.Engine with { FallbackReason = $"{ex.Code}: {ex.Message}" } };
        }
    }
}
