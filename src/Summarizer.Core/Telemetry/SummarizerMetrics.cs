using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Summarizer.Core.Telemetry;

/// <summary>
/// The app's instruments, on the <see cref="SummarizerTelemetry.Name"/> meter. Every host (the function app, the CLI)
/// records through here, so a dashboard reads the same names wherever the work ran. With no listener, a measurement
/// is dropped after one flag check.
/// </summary>
public static class SummarizerMetrics
{
    private static readonly Meter Meter = new(SummarizerTelemetry.Name, typeof(SummarizerMetrics).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> Articles = Meter.CreateCounter<long>(
        "summarizer.articles", "{article}", "Articles brought to a result, by outcome and engine.");

    private static readonly Counter<long> Degraded = Meter.CreateCounter<long>(
        "summarizer.degraded", "{article}", "Summaries the fallback engine wrote because the configured engine failed.");

    // Seconds, from a few milliseconds (extractive) to minutes (a long document through the model).
    private static readonly Histogram<double> EngineDuration = Meter.CreateHistogram(
        "summarizer.engine.duration", "s", "Time one engine call took for one article.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });

    private static readonly Counter<long> ModelTokens = Meter.CreateCounter<long>(
        "summarizer.model.tokens", "{token}", "Tokens the model engine spent, by kind (input, output).");

    // Seconds, from sub-second (an idle queue) to a day (a backlog after an engine upgrade).
    private static readonly Histogram<double> QueueAge = Meter.CreateHistogram(
        "summarizer.queue.age", "s", "Time a summarize request waited in the queue before a worker took it.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600, 14400, 86400] });

    /// <summary>Counts one article brought to <paramref name="outcome"/> (an <see cref="ArticleOutcomes"/> value).</summary>
    /// <param name="outcome">What became of the article.</param>
    /// <param name="engine">The configured engine's name.</param>
    /// <param name="errorCode">The error code when the outcome is a failure, else null.</param>
    public static void RecordArticle(string outcome, string engine, string? errorCode = null)
    {
        if (!Articles.Enabled)
        {
            return;
        }

        var tags = new TagList { { TelemetryAttributes.Outcome, outcome }, { TelemetryAttributes.Engine, engine } };
        if (errorCode is not null)
        {
            tags.Add(TelemetryAttributes.ErrorType, errorCode);
        }

        Articles.Add(1, tags);
    }

    /// <summary>Counts one summary that <paramref name="fallbackEngine"/> wrote because <paramref name="engine"/> failed.</summary>
    public static void RecordDegraded(string engine, string fallbackEngine) =>
        Degraded.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.Engine, engine),
            new KeyValuePair<string, object?>(TelemetryAttributes.FallbackEngine, fallbackEngine));

    /// <summary>Records how long one engine call took; <paramref name="errorCode"/> is set when it threw.</summary>
    public static void RecordEngineDuration(TimeSpan elapsed, string engine, string? errorCode = null)
    {
        if (!EngineDuration.Enabled)
        {
            return;
        }

        var tags = new TagList { { TelemetryAttributes.Engine, engine } };
        if (errorCode is not null)
        {
            tags.Add(TelemetryAttributes.ErrorType, errorCode);
        }

        EngineDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Adds the tokens of one model request.</summary>
    /// <param name="inputTokens">Prompt tokens.</param>
    /// <param name="outputTokens">Completion tokens.</param>
    /// <param name="engine">The engine that made the request.</param>
    /// <param name="model">The model deployment it named.</param>
    public static void RecordTokens(long inputTokens, long outputTokens, string engine, string? model)
    {
        if (!ModelTokens.Enabled)
        {
            return;
        }

        ModelTokens.Add(inputTokens, new TagList { { TelemetryAttributes.TokenType, "input" }, { TelemetryAttributes.Engine, engine }, { TelemetryAttributes.RequestModel, model } });
        ModelTokens.Add(outputTokens, new TagList { { TelemetryAttributes.TokenType, "output" }, { TelemetryAttributes.Engine, engine }, { TelemetryAttributes.RequestModel, model } });
    }

    /// <summary>
    /// Records how long a queued request waited, from the message's insertion time to the moment a worker took it.
    /// A negative age (the queue's clock ahead of the worker's) counts as zero.
    /// </summary>
    public static void RecordQueueAge(TimeSpan age) => QueueAge.Record(Math.Max(0, age.TotalSeconds));
}
