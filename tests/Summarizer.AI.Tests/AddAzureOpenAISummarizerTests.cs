using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.AI.Tests.Fakes;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Servers;

namespace Summarizer.AI.Tests;

public sealed class AddAzureOpenAISummarizerTests : IAsyncLifetime
{
    private FakeAzureOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAzureOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AddAzureOpenAISummarizer_ApiKey_SendsApiKeyHeaderOnly()
    {
        using var provider = Build(new() { ["AzureOpenAI:ApiKey"] = "secret-key" });

        await provider.GetRequiredService<ISummarizer>().SummarizeAsync(Article.FromPlainText(Articles.Harbour), SummaryOptions.Default);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("secret-key", request.ApiKey);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task AddAzureOpenAISummarizer_NoApiKey_SendsBearerTokenFromRegisteredCredential()
    {
        var credential = new FakeTokenCredential("entra-token");
        using var provider = Build([], services => services.AddSingleton<TokenCredential>(credential));

        await provider.GetRequiredService<ISummarizer>().SummarizeAsync(Article.FromPlainText(Articles.Harbour), SummaryOptions.Default);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("Bearer entra-token", request.Authorization);
        Assert.Null(request.ApiKey);
        Assert.Contains("https://cognitiveservices.azure.com/.default", credential.RequestedScopes);
    }

    [Fact]
    public void AddAzureOpenAISummarizer_DefaultFallback_RegistersFallbackDecorator()
    {
        using var provider = Build([]);

        var engine = provider.GetRequiredService<ISummarizer>();

        Assert.IsType<FallbackSummarizer>(engine);
        Assert.Equal("azure-openai", engine.Name);
    }

    [Fact]
    public void AddAzureOpenAISummarizer_FallbackNone_RegistersEngineAlone()
    {
        using var provider = Build(new() { ["Summarizer:Fallback"] = "none" });

        Assert.IsType<ChatClientSummarizer>(provider.GetRequiredService<ISummarizer>());
    }

    [Fact]
    public void AddAzureOpenAISummarizer_ReplacesEarlierSummarizer()
    {
        using var provider = Build([], services => services.AddSingleton<ISummarizer, ExtractiveSummarizer>());

        Assert.Single(provider.GetServices<ISummarizer>());
        Assert.Equal("azure-openai", provider.GetRequiredService<ISummarizer>().Name);
    }

    [Fact]
    public void AddAzureOpenAISummarizer_MissingEndpointAndDeployment_FailsNamingBoth()
    {
        using var provider = Build(new() { ["AzureOpenAI:Endpoint"] = null, ["AzureOpenAI:Deployment"] = null });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISummarizer>());

        Assert.Contains("AzureOpenAI:Endpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureOpenAI__Endpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureOpenAI:Deployment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAzureOpenAISummarizer_IncompleteSettings_StartupValidationFails()
    {
        using var provider = Build(new() { ["AzureOpenAI:Deployment"] = null });

        // What a host runs at start-up for ValidateOnStart registrations.
        var validator = provider.GetRequiredService<IStartupValidator>();

        var error = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Contains("AzureOpenAI:Deployment", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureOpenAI:Endpoint", "not a url", "absolute http(s) URL")]
    [InlineData("AzureOpenAI:Deployment", "my/deployment", "only letters")]
    [InlineData("AzureOpenAI:MaxOutputTokens", "10", "at least 256")]
    [InlineData("AzureOpenAI:ContextWindowTokens", "1000", "leave room")]
    [InlineData("AzureOpenAI:RequestTimeout", "00:05:00", "no longer than AzureOpenAI:TimeBudget")]
    [InlineData("AzureOpenAI:MaxInputTokens", "10", "AzureOpenAI:MaxInputTokens")]
    [InlineData("AzureOpenAI:MaxConcurrentRequests", "0", "between 1 and 16")]
    [InlineData("AzureOpenAI:MaxAttempts", "0", "between 1 and 20")]
    public void AddAzureOpenAISummarizer_InvalidSetting_FailsWithClearMessage(string key, string value, string expected)
    {
        using var provider = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISummarizer>());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAzureOpenAISummarizer_Limits_BindFromTheAzureOpenAISection()
    {
        using var provider = Build(new() { ["AzureOpenAI:MaxInputTokens"] = "5000", ["AzureOpenAI:MaxConcurrentRequests"] = "2" });

        var limits = provider.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value.ToChatSummarizerOptions();

        Assert.Equal(5000, limits.MaxInputTokens);
        Assert.Equal(2, limits.MaxConcurrentRequests);
        Assert.Equal(TimeSpan.FromSeconds(5), limits.TimeBudget);
        Assert.Equal(TestEngine.Deployment, limits.Model);
        Assert.Equal(new ChatSummarizerOptions { Model = "x" }.MaxOutputTokens, limits.MaxOutputTokens); // defaults written once
    }

    [Fact]
    public void AddAzureOpenAISummarizer_InvalidSetting_MessageNeverShowsApiKey()
    {
        using var provider = Build(new() { ["AzureOpenAI:ApiKey"] = "do-not-print-me", ["AzureOpenAI:Deployment"] = null });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISummarizer>());

        Assert.DoesNotContain("do-not-print-me", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> overrides, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureOpenAI:Endpoint"] = _server.Endpoint.ToString(),
            ["AzureOpenAI:Deployment"] = TestEngine.Deployment,
            ["AzureOpenAI:TimeBudget"] = "00:00:05",
            ["AzureOpenAI:RequestTimeout"] = "00:00:02",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddAzureOpenAISummarizer(configuration, EngineOptions.Read(configuration).Fallback);
        return services.BuildServiceProvider();
    }
}
