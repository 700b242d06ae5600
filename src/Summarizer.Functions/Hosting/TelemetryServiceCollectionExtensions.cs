using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using Summarizer.Core.Telemetry;

namespace Summarizer.Functions.Hosting;

/// <summary>OpenTelemetry for the worker: the app's spans and metrics, the Azure SDKs' and the model client's spans, and logs.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Setting that turns on the Azure Monitor exporter (the same one the Functions host reads).</summary>
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Standard OpenTelemetry setting that turns on the OTLP exporter (protocol, headers and intervals: OTEL_* settings).</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Collects the <see cref="SummarizerTelemetry"/> sources and meters, with the worker's invocation spans
    /// (<c>UseFunctionsWorkerDefaults</c>, which parents them on the host's trace when host.json says
    /// <c>"telemetryMode": "OpenTelemetry"</c>), and exports them to Azure Monitor when
    /// <see cref="AzureMonitorSetting"/> is set (signing in with the managed identity that
    /// <see cref="AzureMonitorAuthentication.Setting"/> names) and over OTLP when <see cref="OtlpEndpointSetting"/> is. With neither,
    /// nothing is exported, and the instruments see no listener for metrics nobody reads.
    /// </summary>
    public static IServiceCollection AddSummarizerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration[AzureMonitorSetting]);
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);
        if (!azureMonitor && !otlp)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource([.. SummarizerTelemetry.SourceNames]))
            .WithMetrics(metrics => metrics.AddMeter([.. SummarizerTelemetry.MeterNames]))
            .WithLogging()
            .UseFunctionsWorkerDefaults();
        if (azureMonitor)
        {
            var credential = AzureMonitorAuthentication.CredentialFrom(configuration[AzureMonitorAuthentication.Setting]);
            telemetry.UseAzureMonitorExporter(options => options.Credential = credential);
        }

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
