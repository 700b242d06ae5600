using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

    // INTEGRATION POINT for the Azure OpenAI engine (project src/Summarizer.AI, issue 4). When that project is merged,
    // reference it from Summarizer.Azure.csproj and replace the throw with:
    //     services.AddAzureOpenAISummarizer(configuration);
    // Until then, asking for the engine stops start-up: quietly summarising with another engine would mislead.
    private static void AddAzureOpenAIEngine(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        throw new InvalidOperationException(
            $"Summarizer:Engine is '{EngineNames.AzureOpenAI}', but this build does not include the Azure OpenAI engine " +
            $"(Summarizer.AI). Set Summarizer:Engine to '{EngineNames.Extractive}' or use a build that includes it.");
    }
}
