using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Core.Engines;

namespace Summarizer.AI.Tests;

public sealed class EngineOptionsTests
{
    [Theory]
    [InlineData(null, null, EngineKind.Extractive, FallbackMode.Extractive)]
    [InlineData("azure-openai", "none", EngineKind.AzureOpenAI, FallbackMode.None)]
    [InlineData(" Azure-OpenAI ", "EXTRACTIVE", EngineKind.AzureOpenAI, FallbackMode.Extractive)]
    [InlineData("extractive", null, EngineKind.Extractive, FallbackMode.Extractive)]
    public void Read_ValidSettings_ParsesBoth(string? engine, string? fallback, EngineKind expectedEngine, FallbackMode expectedFallback)
    {
        var options = EngineOptions.Read(Configuration(engine, fallback));

        Assert.Equal(expectedEngine, options.Engine);
        Assert.Equal(expectedFallback, options.Fallback);
    }

    [Fact]
    public void Read_BothInvalid_NamesBothSettingsAndValues()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => EngineOptions.Read(Configuration("gpt", "maybe")));

        Assert.Equal(2, ex.Failures.Count());
        Assert.Contains("Summarizer__Engine", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'gpt'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Summarizer__Fallback", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'maybe'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSummarizerEngine_Extractive_RegistersTheEmbeddedEngineAndTheOptions()
    {
        using var provider = new ServiceCollection().AddSummarizerEngine(Configuration(null, null), new EngineOptions()).BuildServiceProvider();

        Assert.IsType<ExtractiveSummarizer>(provider.GetRequiredService<ISummarizer>());
        Assert.Equal(EngineKind.Extractive, provider.GetRequiredService<IOptions<EngineOptions>>().Value.Engine);
    }

    private static IConfiguration Configuration(string? engine, string? fallback) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Engine"] = engine,
            ["Summarizer:Fallback"] = fallback,
        }).Build();
}
