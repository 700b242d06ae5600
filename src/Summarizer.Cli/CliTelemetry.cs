using System.Runtime.CompilerServices;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Summarizer.Core.Telemetry;

namespace Summarizer.Cli;

/// <summary>
/// The CLI's OpenTelemetry export: the same spans and metrics as the function app, over OTLP, when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (protocol, headers and service name from the standard OTEL_* variables).
/// Disposing it exports what is left, so a command's metrics arrive even though the process ends right after.
/// </summary>
internal sealed class CliTelemetry : IDisposable
{
    // Typed as IDisposable: a field's declared type is loaded with the class, and this class is loaded on every run.
    private readonly IDisposable _tracing;
    private readonly IDisposable _metrics;

    private CliTelemetry(IDisposable tracing, IDisposable metrics)
    {
        _tracing = tracing;
        _metrics = metrics;
    }

    /// <summary>Starts exporting when the environment names an OTLP endpoint; null (nothing collected) when it does not.</summary>
    public static CliTelemetry? StartIfConfigured()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")))
        {
            return null;
        }

        return Start();
    }

    // Separate and never inlined, so a run without an endpoint does not even load the OpenTelemetry assemblies (the
    // JIT resolves what a method refers to when it compiles it, whichever branch runs).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CliTelemetry Start()
    {
        // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, read last, override the default name.
        var resource = ResourceBuilder.CreateEmpty().AddService("summarizer-cli").AddTelemetrySdk().AddEnvironmentVariableDetector();
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource([.. SummarizerTelemetry.SourceNames])
            .AddOtlpExporter()
            .Build();
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter([.. SummarizerTelemetry.MeterNames])
            .AddOtlpExporter()
            .Build();
        return new CliTelemetry(tracing, metrics);
    }

    public void Dispose()
    {
        _tracing.Dispose();
        _metrics.Dispose();
    }
}
