using System.CommandLine;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.Core.Engines;

namespace Summarizer.Cli;

/// <summary>
/// <c>--engine extractive|azure-openai</c> for every summarising command. Without it the engine is
/// <c>Summarizer__Engine</c>; the settings (<c>Summarizer__*</c>, <c>AzureOpenAI__*</c>) come from environment variables
/// through <see cref="EngineOptions"/> and <c>AddSummarizerEngine</c>, the same composition the Functions app uses, so
/// the CLI and the app choose and build engines alike.
/// </summary>
internal sealed class EngineOption
{
    private readonly IConfiguration _configuration;

    public EngineOption(IConfiguration configuration)
    {
        _configuration = configuration;
        Option = new Option<string?>("--engine")
        {
            Description = $"Summarisation engine: {EngineOptions.ExtractiveName} (offline, the default; or Summarizer__Engine) or "
                + $"{EngineOptions.AzureOpenAIName} (needs AzureOpenAI__Endpoint and AzureOpenAI__Deployment; AzureOpenAI__ApiKey or a managed identity).",
        };
        Option.AcceptOnlyFromAmong(EngineOptions.ExtractiveName, EngineOptions.AzureOpenAIName);
    }

    public Option<string?> Option { get; }

    /// <summary>Adds <c>--engine</c> to <paramref name="command"/>, with settings read from the environment.</summary>
    public static EngineOption AddTo(Command command)
    {
        var engine = new EngineOption(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        command.Options.Add(engine.Option);
        return engine;
    }

    /// <summary>The engine the user chose; a bad or incomplete setting is a usage error naming it.</summary>
    public ISummarizer CreateSummarizer(ParseResult parseResult)
    {
        try
        {
            var settings = EngineOptions.Read(_configuration);
            if (parseResult.GetValue(Option) is { } chosen && EngineOptions.TryParseEngine(chosen, out var engine))
            {
                settings = settings with { Engine = engine };
            }

            // The embedded engine needs no services: composing a container for it would cost every run about 60 ms of
            // start-up (compiling the container's code), more than summarising a news article takes.
            return settings.Engine == EngineKind.Extractive ? new ExtractiveSummarizer() : Compose(settings);
        }
        catch (OptionsValidationException ex)
        {
            throw new UsageException($"the engine is not configured: {string.Join(" ", ex.Failures)}");
        }
    }

    // Separate and never inlined, so a run of the embedded engine does not load the container's assemblies.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ISummarizer Compose(EngineOptions settings)
    {
        // The provider lives as long as the command: the process ends with it, so it is not disposed.
        var provider = new ServiceCollection().AddSummarizerEngine(_configuration, settings).BuildServiceProvider();
        provider.GetService<IStartupValidator>()?.Validate();
        return provider.GetRequiredService<ISummarizer>();
    }
}
