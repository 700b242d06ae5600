using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.Storage.Configuration;
using Summarizer.Storage.Pipeline;
using Summarizer.Core.Engines;

namespace Summarizer.Storage.Tests.Configuration;

public sealed class AddSummarizerTests
{
    [Fact]
    public void AddSummarizer_DefaultSettings_ResolvesPipelineWithExtractiveEngine()
    {
        using var provider = Build(new() { ["ArticlesStorage"] = "UseDevelopmentStorage=true" });

        Assert.IsType<ExtractiveSummarizer>(provider.GetRequiredService<ISummarizer>());
        Assert.False(provider.GetRequiredService<ISummarizer>().IsCostly); // no claim: a duplicate run costs less
        Assert.NotNull(provider.GetRequiredService<StoredArticlePipeline>());
        var options = provider.GetRequiredService<IOptions<SummarizerOptions>>().Value;
        Assert.Equal(("articles", "summaries", 5L * 1024 * 1024), (options.ArticlesContainer, options.SummariesContainer, options.MaxInputBytes));
    }

    [Fact]
    public void AddSummarizer_SettingsFromConfiguration_AreBound()
    {
        using var provider = Build(new()
        {
            ["ArticlesStorage"] = "UseDevelopmentStorage=true",
            ["Summarizer:MaxInputBytes"] = "1000",
            ["Summarizer:ArticlesContainer"] = "inbox",
            ["Summarizer:SummariesContainer"] = "outbox",
        });

        var pipeline = provider.GetRequiredService<StoredArticlePipeline>();

        Assert.Equal("inbox", pipeline.Articles.ContainerName);
        Assert.Equal("outbox", pipeline.Summaries.ContainerName);
        Assert.Equal(1000, provider.GetRequiredService<IOptions<SummarizerOptions>>().Value.MaxInputBytes);
    }

    [Fact]
    public void AddSummarizer_AzureOpenAIWithSettings_ResolvesTheModelEngineWithExtractiveFallback()
    {
        using var provider = Build(new()
        {
            ["ArticlesStorage"] = "UseDevelopmentStorage=true",
            ["Summarizer:Engine"] = "azure-openai",
            ["AzureOpenAI:Endpoint"] = "https://example.openai.azure.com/",
            ["AzureOpenAI:Deployment"] = "gpt-4o-mini",
            ["AzureOpenAI:ApiKey"] = "test-key",
        });

        var engine = provider.GetRequiredService<ISummarizer>();

        Assert.IsType<Summarizer.AI.FallbackSummarizer>(engine);
        Assert.Equal("azure-openai", engine.Name);
        Assert.True(engine.IsCostly); // so the pipeline claims an article before asking the model
    }

    [Fact]
    public void AddSummarizer_AzureOpenAIWithoutEndpoint_FailsStartUpNamingTheSetting()
    {
        using var provider = Build(new() { ["Summarizer:Engine"] = "azure-openai", ["AzureOpenAI:Deployment"] = "gpt-4o-mini" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISummarizer>());

        Assert.Contains("AzureOpenAI__Endpoint", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSummarizer_UnknownEngine_FailsStartUp()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Build(new() { ["Summarizer:Engine"] = "magic" }));

        Assert.Contains("Summarizer:Engine", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'magic'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSummarizer_UnknownFallback_FailsStartUpNamingIt()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Build(new() { ["Summarizer:Fallback"] = "sometimes" }));

        Assert.Contains("Summarizer__Fallback", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'sometimes'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Summarizer:ArticlesContainer", "Not_Valid")]
    [InlineData("Summarizer:SummariesContainer", "articles")]
    [InlineData("Summarizer:SummariesContainer", "a-summaries-container-name-with-fifty-seven-characters-xy")]
    [InlineData("Summarizer:ArticlesContainer", "summaries-claims")]
    [InlineData("Summarizer:MaxInputBytes", "0")]
    [InlineData("Summarizer:RequestsQueue", "Not_Valid")]
    [InlineData("Summarizer:RequestsQueue", "a-requests-queue-name-with-fifty-seven-characters-abcdefg")]
    public void AddSummarizer_InvalidSetting_FailsValidation(string key, string value)
    {
        using var provider = Build(new() { ["ArticlesStorage"] = "UseDevelopmentStorage=true", [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SummarizerOptions>>().Value);
    }

    [Fact]
    public void AddSummarizer_NoStorageConnection_ExplainsWhatToSet()
    {
        using var provider = Build(new());

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<BlobServiceClient>());

        Assert.Contains("ArticlesStorage", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSummarizer_ExtractiveEngine_HasNoArticleTokenBudget()
    {
        using var provider = Build(new() { ["ArticlesStorage"] = "UseDevelopmentStorage=true" });

        Assert.Null(provider.GetRequiredService<ArticleTokenBudget>().MaxTokens);
    }

    [Fact]
    public void AddSummarizer_AzureOpenAIEngine_BudgetsArticlesFromItsSettings()
    {
        // The settings infra/main.bicep derives for a 30K tokens-per-minute deployment.
        using var provider = Build(new()
        {
            ["ArticlesStorage"] = "UseDevelopmentStorage=true",
            ["Summarizer:Engine"] = "azure-openai",
            ["AzureOpenAI:Endpoint"] = "https://example.openai.azure.com/",
            ["AzureOpenAI:Deployment"] = "summarizer",
            ["AzureOpenAI:MaxInputTokens"] = "4625",
            ["AzureOpenAI:MaxOutputTokens"] = "1875",
            ["AzureOpenAI:MaxConcurrentRequests"] = "3",
            ["AzureOpenAI:MaxArticleTokens"] = "12487",
        });

        Assert.Equal(12_487, provider.GetRequiredService<ArticleTokenBudget>().MaxTokens);
    }

    [Fact]
    public void AddSummarizer_IdentityBasedConnection_UsesServiceUri()
    {
        using var provider = Build(new()
        {
            ["ArticlesStorage:blobServiceUri"] = "https://example.blob.core.windows.net",
            ["ArticlesStorage:credential"] = "managedidentity",
            ["ArticlesStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Equal("example", provider.GetRequiredService<BlobServiceClient>().AccountName);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSummarizer(configuration);
        return services.BuildServiceProvider();
    }
}
