using Summarizer.Functions.Functions;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class HealthFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Health_StorageReachable_Returns200WithEngine()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(await harness.Health.Health(HttpExchange.Request("GET", "/api/health"), CancellationToken.None));

        Assert.Equal(200, response.Status);
        Assert.Equal("healthy", response.Json.GetProperty("status").GetString());
        Assert.StartsWith("extractive/", response.Json.GetProperty("engine").GetProperty("fingerprint").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", response.Json.GetProperty("storage").GetProperty(harness.Storage.ArticlesContainer.Name).GetString());
    }

    [Fact]
    public async Task Health_StorageUnreachable_Returns503()
    {
        var health = new HealthFunction(FunctionsHarness.UnreachableStoragePipeline());

        var response = await HttpExchange.RunAsync(await health.Health(HttpExchange.Request("GET", "/api/health"), CancellationToken.None));

        Assert.Equal(503, response.Status);
        Assert.Equal("unreachable", response.Json.GetProperty("storage").GetProperty("articles").GetString());
    }
}
