using System.Diagnostics;
using Summarizer.Core;
using Summarizer.Core.Telemetry;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// Telemetry around a run: one span and one count per article, whichever entry point and however many turns it took.
/// A transient failure (the host retries it) is counted too, so an outage shows on the dashboard before the retries
/// run out.
/// </summary>
internal sealed class MeasuredRun(IPipelineRun inner, string engine) : IPipelineRun
{
    public async Task<PipelineResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = SummarizerTelemetry.Source.StartActivity(SummarizerTelemetry.PipelineSpan);
        activity?.SetTag(TelemetryAttributes.Article, request.ArticleName);
        activity?.SetTag(TelemetryAttributes.Engine, engine);
        try
        {
            var result = await inner.RunAsync(request, cancellationToken).ConfigureAwait(false);
            var outcome = OutcomeName(result.Outcome);
            var failed = result.Outcome == PipelineOutcome.Failed;
            SummarizerMetrics.RecordArticle(outcome, engine, failed ? result.ErrorCode : null);
            activity?.SetTag(TelemetryAttributes.Outcome, outcome);
            if (failed)
            {
                activity?.SetTag(TelemetryAttributes.ErrorType, result.ErrorCode);
                activity?.SetStatus(ActivityStatusCode.Error, result.ErrorMessage);
            }

            return result;
        }
        catch (SummarizerException ex) when (ex.IsTransient)
        {
            SummarizerMetrics.RecordArticle(ArticleOutcomes.TransientFailure, engine, ex.Code);
            activity?.SetTag(TelemetryAttributes.Outcome, ArticleOutcomes.TransientFailure);
            activity?.SetTag(TelemetryAttributes.ErrorType, ex.Code);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
        catch (Exception ex)
        {
            activity?.SetTag(TelemetryAttributes.ErrorType, ex is SummarizerException failure ? failure.Code : ex.GetType().FullName);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }

    private static string OutcomeName(PipelineOutcome outcome) => outcome switch
    {
        PipelineOutcome.Summarized => ArticleOutcomes.Summarized,
        PipelineOutcome.UpToDate => ArticleOutcomes.UpToDate,
        PipelineOutcome.Failed => ArticleOutcomes.Failed,
        PipelineOutcome.Superseded => ArticleOutcomes.Superseded,
        _ => ArticleOutcomes.ArticleMissing,
    };
}
