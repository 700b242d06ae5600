using Azure.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.AI;

/// <summary>Composition of the Azure OpenAI engine for every host (Functions app, CLI).</summary>
public static class AzureOpenAIServiceCollectionExtensions
{
    /// <summary>Service key of the engine's <see cref="IChatClient"/>, so it never collides with another chat client in the host.</summary>
    public const string ChatClientKey = "Summarizer.AzureOpenAI";

    /// <summary>
    /// Registers <see cref="ISummarizer"/> as the Azure OpenAI engine, wrapped in <see cref="FallbackSummarizer"/>
    /// (extractive) unless <paramref name="fallback"/> is <see cref="FallbackMode.None"/> (<c>Summarizer:Fallback</c>,
    /// read once by <see cref="EngineServiceCollectionExtensions.AddSummarizerEngine"/>).
    /// Binds <see cref="AzureOpenAIOptions"/> from the <c>AzureOpenAI</c> section and validates it at start-up
    /// (<c>ValidateOnStart</c>), so a host with incomplete settings fails to start with a message naming what is missing.
    /// Uses a <see cref="TokenCredential"/> registered in the container when there is no API key, else DefaultAzureCredential.
    /// </summary>
    public static IServiceCollection AddAzureOpenAISummarizer(this IServiceCollection services, IConfiguration configuration,
        FallbackMode fallback = FallbackMode.Extractive)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(AzureOpenAIOptions.SectionName);
        services.AddOptions<AzureOpenAIOptions>()
            .Bind(section)
            .Configure(options => section.Bind(options.Limits)) // the engine's limits sit beside the connection settings
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureOpenAIOptions>, AzureOpenAIOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddKeyedSingleton<IChatClient>(ChatClientKey, (provider, _) => AzureOpenAIChatClientFactory.Create(
            provider.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value, provider.GetService<TokenCredential>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new ChatClientSummarizer(
            provider.GetRequiredKeyedService<IChatClient>(ChatClientKey),
            provider.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value.ToChatSummarizerOptions(),
            provider.GetRequiredService<TimeProvider>(),
            Loggers(provider).CreateLogger<ChatClientSummarizer>()));
        // The decoder is the host's (registered by AddSummarizer), so the budget counts the same text the engine gets.
        services.TryAddSingleton(provider => ArticleTokenBudget.For(
            provider.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value, provider.GetRequiredService<ArticleDecoder>()));
        services.Replace(ServiceDescriptor.Singleton<ISummarizer>(provider =>
        {
            var engine = provider.GetRequiredService<ChatClientSummarizer>();
            return fallback == FallbackMode.None
                ? engine
                : new FallbackSummarizer(engine, new ExtractiveSummarizer(), Loggers(provider).CreateLogger<FallbackSummarizer>());
        }));
        return services;
    }

    private static ILoggerFactory Loggers(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
}
