using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.AI;
using Summarizer.Core.Engines;

namespace Summarizer.Azure.Configuration;

/// <summary>Registers the <see cref="ISummarizer"/> that <c>Summarizer:Engine</c> names. The only place engines are chosen.</summary>
internal static class EngineRegistration
{
    public static void AddConfiguredEngine(IServiceCollection services, IConfiguration configuration)
    {
        var engine = configuration[$"{SummarizerOptions.SectionName}:{nameof(SummarizerOptions.Engine)}"];
        if (string.IsNullOrWhiteSpace(engine) || string.Equals(engine, EngineNames.Extractive, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<ISummarizer, ExtractiveSummarizer>();
            // The embedded engine has no token quota to protect.
            services.TryAddSingleton(ArticleTokenBudget.Unlimited);
        }
        else if (string.Equals(engine, EngineNames.AzureOpenAI, StringComparison.OrdinalIgnoreCase))
        {
            AddAzureOpenAIEngine(services, configuration);
        }
        else
        {
            throw new InvalidOperationException(
                $"Summarizer:Engine must be '{EngineNames.Extractive}' or '{EngineNames.AzureOpenAI}', not '{engine}'.");
        }
    }

    // The Azure OpenAI engine validates its own settings at start-up and wraps itself in the extractive fallback
    // unless Summarizer:Fallback is 'none'.
    private static void AddAzureOpenAIEngine(IServiceCollection services, IConfiguration configuration) =>
        services.AddAzureOpenAISummarizer(configuration);
}
