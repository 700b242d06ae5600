using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Summarizer.Functions.Hosting;

namespace Summarizer.Functions.Tests;

public sealed class TelemetryCompositionTests
{
    [Fact]
    public void AddSummarizerTelemetry_NeitherExporterConfigured_RegistersNoProviders()
    {
        using var provider = Compose([]);

        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
    }

    [Fact]
    public void AddSummarizerTelemetry_OtlpEndpointSet_RegistersTracingAndMetrics()
    {
        using var provider = Compose(new() { [TelemetryServiceCollectionExtensions.OtlpEndpointSetting] = "http://127.0.0.1:4318" });

        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
    }

    [Fact]
    public void CredentialFrom_EntraWithClientId_IsThatManagedIdentity()
    {
        Assert.IsType<ManagedIdentityCredential>(AzureMonitorAuthentication.CredentialFrom("ClientId=00000000-0000-0000-0000-000000000001;Authorization=AAD"));
        Assert.IsType<ManagedIdentityCredential>(AzureMonitorAuthentication.CredentialFrom(" authorization = aad "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ClientId=00000000-0000-0000-0000-000000000001")]
    [InlineData("Authorization=Key")]
    public void CredentialFrom_NoEntraAuthentication_IsNull(string? setting) =>
        Assert.Null(AzureMonitorAuthentication.CredentialFrom(setting));

    private static ServiceProvider Compose(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSummarizerTelemetry(configuration);
        return services.BuildServiceProvider();
    }
}
