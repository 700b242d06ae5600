using System.Diagnostics;

namespace Summarizer.Core.Telemetry;

/// <summary>
/// The names every host subscribes to, and the activity source of the app's own spans. Hosts add
/// <see cref="SourceNames"/> to their tracer and <see cref="MeterNames"/> to their meter provider; with nobody
/// listening, starting a span costs one check and records nothing.
/// </summary>
public static class SummarizerTelemetry
{
    /// <summary>Name of the app's activity source and meter.</summary>
    public const string Name = "Summarizer";

    /// <summary>
    /// Source and meter name given to Microsoft.Extensions.AI's OpenTelemetry chat client, whose <c>chat {model}</c>
    /// spans and <c>gen_ai.client.*</c> metrics follow the GenAI semantic conventions.
    /// </summary>
    public const string ModelSourceName = "Summarizer.Model";

    /// <summary>Span of one pipeline run (one article to one stored result).</summary>
    public const string PipelineSpan = "summarizer.pipeline";

    /// <summary>Span of one engine call (one article to one summary), inside a pipeline run or a CLI command.</summary>
    public const string EngineSpan = "summarizer.engine";

    /// <summary>
    /// Activity sources a host traces: the app's own, the model client's, and every Azure SDK client's (on by default
    /// since the December 2023 SDKs; only the messaging libraries still need <c>Azure.Experimental.EnableActivitySource</c>,
    /// and this app uses none).
    /// </summary>
    public static IReadOnlyList<string> SourceNames { get; } = [Name, ModelSourceName, "Azure.*"];

    /// <summary>Meters a host collects: the app's own and the model client's.</summary>
    public static IReadOnlyList<string> MeterNames { get; } = [Name, ModelSourceName];

    /// <summary>The app's activity source.</summary>
    public static ActivitySource Source { get; } = new(Name, typeof(SummarizerTelemetry).Assembly.GetName().Version?.ToString());
}
