using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Summarizer.Core.Engines;

namespace Summarizer.AI;

/// <summary>
/// Which engine summarises and what happens when the model fails: <c>Summarizer:Engine</c> and
/// <c>Summarizer:Fallback</c> (environment <c>Summarizer__Engine</c>, <c>Summarizer__Fallback</c>), read and checked in
/// one place, <see cref="Read"/>. The choice decides which services are registered, so it is read while composing the
/// host, and a bad value stops start-up with a message naming the setting.
/// </summary>
public sealed record EngineOptions
{
    public const string SectionName = "Summarizer";

    public const string ExtractiveName = ExtractiveSummarizer.EngineName;
    public const string AzureOpenAIName = ChatClientSummarizer.EngineName;
    public const string NoFallbackName = "none";

    public EngineKind Engine { get; init; } = EngineKind.Extractive;

    public FallbackMode Fallback { get; init; } = FallbackMode.Extractive;

    /// <summary>The settings in <paramref name="configuration"/>; throws <see cref="OptionsValidationException"/> naming each bad value.</summary>
    public static EngineOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var failures = new List<string>();
        var engine = EngineKind.Extractive;
        if (section[nameof(Engine)] is { } engineText && !TryParseEngine(engineText, out engine))
        {
            failures.Add($"{SectionName}:{nameof(Engine)} (environment variable {SectionName}__{nameof(Engine)}) must be "
                + $"'{ExtractiveName}' or '{AzureOpenAIName}', not '{engineText}'.");
        }

        var fallback = FallbackMode.Extractive;
        if (section[nameof(Fallback)] is { } fallbackText && !TryParseFallback(fallbackText, out fallback))
        {
            failures.Add($"{SectionName}:{nameof(Fallback)} (environment variable {SectionName}__{nameof(Fallback)}) must be "
                + $"'{ExtractiveName}' or '{NoFallbackName}', not '{fallbackText}'.");
        }

        return failures.Count == 0
            ? new EngineOptions { Engine = engine, Fallback = fallback }
            : throw new OptionsValidationException(SectionName, typeof(EngineOptions), failures);
    }

    /// <summary>Parses an engine name as users write it (case and surrounding spaces ignored).</summary>
    public static bool TryParseEngine(string? text, out EngineKind engine)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case ExtractiveName:
                engine = EngineKind.Extractive;
                return true;
            case AzureOpenAIName:
                engine = EngineKind.AzureOpenAI;
                return true;
            default:
                engine = EngineKind.Extractive;
                return false;
        }
    }

    private static bool TryParseFallback(string text, out FallbackMode fallback)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case ExtractiveName:
                fallback = FallbackMode.Extractive;
                return true;
            case NoFallbackName:
                fallback = FallbackMode.None;
                return true;
            default:
                fallback = FallbackMode.Extractive;
                return false;
        }
    }
}
