using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Core.Engines;

namespace Summarizer.AI;

/// <summary>The only place an engine is chosen, for every host (the Functions app through AddSummarizer, the CLI).</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IOptions{EngineOptions}"/> and the <see cref="ISummarizer"/> it names: <paramref name="engine"/>
    /// (the CLI's, with its <c>--engine</c> applied), else <c>Summarizer:Engine</c> and <c>Summarizer:Fallback</c> read
    /// here once (<see cref="EngineOptions.Read"/>; a bad value throws <see cref="OptionsValidationException"/> naming it).
    /// An <see cref="ISummarizer"/> registered before is kept for the extractive engine (tests' decorators); the Azure
    /// OpenAI engine validates its own settings at start-up.
    /// </summary>
    public static IServiceCollection AddSummarizerEngine(this IServiceCollection services, IConfiguration configuration, EngineOptions? engine = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        engine ??= EngineOptions.Read(configuration);
        services.TryAddSingleton(Options.Create(engine));
        return engine.Engine switch
        {
            EngineKind.AzureOpenAI => services.AddAzureOpenAISummarizer(configuration, engine.Fallback),
            _ => services.AddExtractive(),
        };
    }

    private static IServiceCollection AddExtractive(this IServiceCollection services)
    {
        services.TryAddSingleton<ISummarizer, ExtractiveSummarizer>();
        // The embedded engine has no token quota to protect.
        services.TryAddSingleton(ArticleTokenBudget.Unlimited);
        return services;
    }
}
