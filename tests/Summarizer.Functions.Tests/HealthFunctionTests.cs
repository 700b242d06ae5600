using Summarizer.Functions.Triggers;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class HealthFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Health_StorageReachable_Returns200WithStatusOnly()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.Health.Health(HttpExchange.Request("GET", "/api/health"), CancellationToken.None));

        Assert.Equal(200, response.Status);
        Assert.Equal("healthy", response.Json.GetProperty("status").GetString());
        // Anonymous callers learn nothing about the deployment: no engine, prompt or container names.
        Assert.Equal(["status"], response.Json.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain(harness.Storage.ArticlesContainer.Name, response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthDetails_StorageReachable_Returns200WithEngineAndContainers()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.Health.HealthDetails(HttpExchange.Request("GET", "/api/health/details"), CancellationToken.None));

        Assert.Equal(200, response.Status);
        Assert.Equal("healthy", response.Json.GetProperty("status").GetString());
        Assert.StartsWith("extractive/", response.Json.GetProperty("engine").GetProperty("fingerprint").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", response.Json.GetProperty("storage").GetProperty(harness.Storage.ArticlesContainer.Name).GetString());
        Assert.Equal("ok", response.Json.GetProperty("storage").GetProperty(harness.Storage.SummariesContainer.Name).GetString());
    }

    [Fact]
    public async Task Health_StorageUnreachable_Returns503Unhealthy()
    {
        var health = new HealthFunction(FunctionsHarness.UnreachableStorage());

        var response = await HttpExchange.RunAsync(health.Health(HttpExchange.Request("GET", "/api/health"), CancellationToken.None));

        Assert.Equal(503, response.Status);
        Assert.Equal("unhealthy", response.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task HealthDetails_StorageUnreachable_SaysUnreachableNotTimeout()
    {
        var health = new HealthFunction(FunctionsHarness.UnreachableStorage());
        var response = await HttpExchange.RunAsync(health.HealthDetails(HttpExchange.Request("GET", "/api/health/details"), CancellationToken.None));

        Assert.Equal(503, response.Status);
        // With the SDK's default policy the probe ran into its 5 s timeout and said "timeout"; the interactive budget
        // gives up on a refused connection after three quick tries.
        Assert.Equal("unreachable", response.Json.GetProperty("storage").GetProperty("articles").GetString());
        Assert.Equal("unreachable", response.Json.GetProperty("storage").GetProperty("summaries").GetString());
    }
}
