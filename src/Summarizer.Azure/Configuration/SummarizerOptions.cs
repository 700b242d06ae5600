using System.ComponentModel.DataAnnotations;
using Summarizer.Core.Ingestion;

namespace Summarizer.Azure.Configuration;

/// <summary>
/// Settings under <c>Summarizer</c> (environment: <c>Summarizer__Engine</c> and so on). Validated at start-up, so a
/// typo in a deployment fails the host instead of summarising with the wrong engine.
/// </summary>
public sealed class SummarizerOptions : IValidatableObject
{
    public const string SectionName = "Summarizer";

    /// <summary><c>extractive</c> (the default, embedded) or <c>azure-openai</c>.</summary>
    public string Engine { get; set; } = EngineNames.Extractive;

    /// <summary><c>extractive</c> (the default) or <c>none</c>; read by the Azure OpenAI engine registration.</summary>
    public string Fallback { get; set; } = EngineNames.Extractive;

    /// <summary>Largest article accepted, in bytes; larger ones fail with <c>input_too_large</c> before download.</summary>
    [Range(1, long.MaxValue)]
    public long MaxInputBytes { get; set; } = IngestionOptions.DefaultMaxInputBytes;

    [Required]
    [RegularExpression(ContainerNamePattern, ErrorMessage = "ArticlesContainer is not a valid container name.")]
    public string ArticlesContainer { get; set; } = "articles";

    [Required]
    [RegularExpression(ContainerNamePattern, ErrorMessage = "SummariesContainer is not a valid container name.")]
    public string SummariesContainer { get; set; } = "summaries";

    // Azure container names: 3-63 characters, lower-case letters, digits and single hyphens, starting with a letter or digit.
    private const string ContainerNamePattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!EngineNames.IsKnown(Engine))
        {
            yield return new ValidationResult(
                $"Summarizer:Engine must be '{EngineNames.Extractive}' or '{EngineNames.AzureOpenAI}', not '{Engine}'.", [nameof(Engine)]);
        }

        if (!string.Equals(Fallback, EngineNames.Extractive, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Fallback, EngineNames.NoFallback, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"Summarizer:Fallback must be '{EngineNames.Extractive}' or '{EngineNames.NoFallback}', not '{Fallback}'.", [nameof(Fallback)]);
        }

        if (string.Equals(ArticlesContainer, SummariesContainer, StringComparison.Ordinal))
        {
            // A summary written into the articles container would trigger another summary of itself.
            yield return new ValidationResult("ArticlesContainer and SummariesContainer must differ.", [nameof(SummariesContainer)]);
        }
    }
}
