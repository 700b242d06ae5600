using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.Core.Engines;

namespace Summarizer.Cli;

/// <summary>
/// <c>--engine extractive|azure-openai</c> for every summarising command. The default comes from
/// <c>Summarizer__Engine</c>; the Azure OpenAI settings (<c>AzureOpenAI__*</c>, <c>Summarizer__Fallback</c>) come from
/// environment variables through configuration, composed by the same <c>AddAzureOpenAISummarizer</c> the Functions app
/// uses, so the CLI and the app behave alike.
/// </summary>
internal sealed class EngineOption
{
    public const string Extractive = ExtractiveSummarizer.EngineName;
    public const string AzureOpenAI = ChatClientSummarizer.EngineName;

    private readonly IConfiguration _configuration;

    public EngineOption(IConfiguration configuration)
    {
        _configuration = configuration;
        Option = new Option<string>("--engine")
        {
            Description = "Summarisation engine: extractive (offline, the default) or azure-openai "
                + "(needs AzureOpenAI__Endpoint and AzureOpenAI__Deployment; AzureOpenAI__ApiKey or a managed identity).",
            DefaultValueFactory = _ => configuration["Summarizer:Engine"] ?? Extractive,
        };
        Option.AcceptOnlyFromAmong(Extractive, AzureOpenAI);
    }

    public Option<string> Option { get; }

    /// <summary>Adds <c>--engine</c> to <paramref name="command"/>, with settings read from the environment.</summary>
    public static EngineOption AddTo(Command command)
    {
        var engine = new EngineOption(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        command.Options.Add(engine.Option);
        return engine;
    }

    /// <summary>The engine the user chose; incomplete settings are a usage error naming what is missing.</summary>
    public ISummarizer CreateSummarizer(ParseResult parseResult)
    {
        var name = parseResult.GetValue(Option);
        switch (name)
        {
            case Extractive:
                return new ExtractiveSummarizer();
            case AzureOpenAI:
                // The provider lives as long as the command: the process ends with it, so it is not disposed.
                var provider = new ServiceCollection().AddAzureOpenAISummarizer(_configuration).BuildServiceProvider();
                try
                {
                    return provider.GetRequiredService<ISummarizer>();
                }
                catch (OptionsValidationException ex)
                {
                    throw new UsageException($"the azure-openai engine is not configured: {string.Join(" ", ex.Failures)}");
                }

            default:
                throw new UsageException($"--engine (or Summarizer__Engine) must be {Extractive} or {AzureOpenAI}, not '{name}'.");
        }
    }
}
