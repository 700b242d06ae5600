using System.Globalization;
using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>
/// Cost guards: the scale-out cap and per-instance concurrency are parameters, and the Azure OpenAI limits the app
/// applies follow the model deployment's tokens-per-minute capacity, so that one article never needs more than a
/// minute of the quota.
/// </summary>
public sealed class CostGuardTests
{
    /// <summary>Tokens main.bicep reserves per request for the prompt around the article (instructions and schema).</summary>
    private const int PromptReserve = 1_000;

    [Fact]
    public void Defaults_CapScaleOutAndConcurrency()
    {
        var scale = DeploymentSnapshot.Default.Single(ResourceTypes.Site)["properties"]?["functionAppConfig"]?["scaleAndConcurrency"];

        JsonAssert.ValueEqual(100, scale?["maximumInstanceCount"], "maximum instances");
        JsonAssert.ValueEqual(16, scale?["triggers"]?["http"]?["perInstanceConcurrency"], "HTTP concurrency");
    }

    [Theory]
    [InlineData(5, 875, 625, 1, 787)]
    [InlineData(30, 4_625, 1_875, 3, 12_487)]
    [InlineData(100, 17_000, 2_000, 4, 61_200)]
    [InlineData(1000, 100_000, 2_000, 4, 360_000)]
    public void Capacity_GivesTheLimitsTheReadmeTabulates(int capacity, int maxInput, int maxOutput, int concurrent, int maxArticle)
    {
        Assert.Equal(new OpenAiLimits(maxInput, maxOutput, concurrent, maxArticle), Limits(WithCapacity(capacity)));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(30)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Limits_FitOneArticleIntoOneMinuteOfQuota(int capacity)
    {
        var limits = Limits(WithCapacity(capacity));
        var tokensPerMinute = capacity * 1_000;
        var perRequest = limits.MaxInput + PromptReserve + limits.MaxOutput;

        // The parts of a long article run `Concurrent` at a time and one more request combines their notes.
        Assert.True((limits.Concurrent + 1) * perRequest <= tokensPerMinute,
            $"{capacity}K TPM: {limits.Concurrent + 1} requests of up to {perRequest} tokens exceed the quota.");
        Assert.InRange(limits.MaxArticle, 1, limits.Concurrent * limits.MaxInput);
        // What the app's own validation asks for (AzureOpenAIOptionsValidator), so the host starts with these values.
        Assert.InRange(limits.MaxOutput, 256, 2_000);
        Assert.InRange(limits.MaxInput, 256, 100_000);
        Assert.InRange(limits.Concurrent, 1, 16);
        Assert.True(limits.MaxInput + limits.MaxOutput + PromptReserve <= 128_000, "a request must fit the context window");
    }

    [Fact]
    public void Limits_GrowWithCapacity()
    {
        var small = Limits(WithCapacity(12));
        var large = Limits(WithCapacity(100));

        Assert.True(large.MaxArticle > small.MaxArticle, $"{large} should accept longer articles than {small}.");
        Assert.True(large.Concurrent >= small.Concurrent);
    }

    [Fact]
    public void Capacity_BelowFiveThousandTokensPerMinute_IsRejected()
    {
        JsonAssert.ValueEqual(5, CompiledTemplate.Main.Parameters["openAiDeploymentCapacity"]?["minValue"], "capacity minimum");
    }

    private static DeploymentSnapshot WithCapacity(int capacity) => capacity == 30
        ? DeploymentSnapshot.Default
        : DeploymentSnapshot.CreateShared(new Dictionary<string, object> { ["openAiDeploymentCapacity"] = capacity });

    private static OpenAiLimits Limits(DeploymentSnapshot snapshot)
    {
        var settings = Assert.Single(
            snapshot.OfType(ResourceTypes.SiteConfig),
            resource => ((string)resource["name"]!).EndsWith("/appsettings", StringComparison.Ordinal))["properties"]!.AsObject();
        return new OpenAiLimits(
            Number(settings, "AzureOpenAI__MaxInputTokens"),
            Number(settings, "AzureOpenAI__MaxOutputTokens"),
            Number(settings, "AzureOpenAI__MaxConcurrentRequests"),
            Number(settings, "AzureOpenAI__MaxArticleTokens"));
    }

    private static int Number(JsonObject settings, string name) =>
        int.Parse((string?)settings[name] ?? throw new InvalidOperationException($"{name} is not set."), CultureInfo.InvariantCulture);

    private sealed record OpenAiLimits(int MaxInput, int MaxOutput, int Concurrent, int MaxArticle);
}
