using System.Diagnostics;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Telemetry;

/// <summary>
/// Runs one engine call inside a <see cref="SummarizerTelemetry.EngineSpan"/> span and records its duration, and a
/// degraded summary, on the app's meter. Every caller of an engine (the document processor, the CLI batch) goes
/// through here.
/// </summary>
public static class EngineTelemetry
{
    /// <summary>Summarises <paramref name="article"/> with <paramref name="engine"/>, measured.</summary>
    public static async Task<Summary> SummarizeAsync(ISummarizer engine, Article article, SummaryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        using var activity = SummarizerTelemetry.Source.StartActivity(SummarizerTelemetry.EngineSpan);
        activity?.SetTag(TelemetryAttributes.Engine, engine.Name);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var summary = await engine.SummarizeAsync(article, options, cancellationToken).ConfigureAwait(false);
            SummarizerMetrics.RecordEngineDuration(Stopwatch.GetElapsedTime(started), engine.Name);
            if (summary.Engine.Degraded)
            {
                SummarizerMetrics.RecordDegraded(engine.Name, summary.Engine.Name);
                activity?.SetTag(TelemetryAttributes.FallbackEngine, summary.Engine.Name);
            }

            return summary;
        }
        catch (Exception ex)
        {
            var code = ex is SummarizerException failure ? failure.Code : ex.GetType().FullName;
            SummarizerMetrics.RecordEngineDuration(Stopwatch.GetElapsedTime(started), engine.Name, code);
            activity?.SetTag(TelemetryAttributes.ErrorType, code);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }
}
