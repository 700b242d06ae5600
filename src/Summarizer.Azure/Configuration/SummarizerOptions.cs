using System.ComponentModel.DataAnnotations;
using Summarizer.Core.Ingestion;

namespace Summarizer.Azure.Configuration;

/// <summary>
/// Settings under <c>Summarizer</c> (environment: <c>Summarizer__MaxInputBytes</c> and so on). Validated at start-up, so
/// a typo in a deployment fails the host instead of writing to the wrong place. <c>Summarizer:Engine</c> and
/// <c>Summarizer:Fallback</c> in the same section are <see cref="Summarizer.AI.EngineOptions"/>.
/// </summary>
public sealed class SummarizerOptions : IValidatableObject
{
    public const string SectionName = "Summarizer";

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
        if (string.Equals(ArticlesContainer, SummariesContainer, StringComparison.Ordinal))
        {
            // A summary written into the articles container would trigger another summary of itself.
            yield return new ValidationResult("ArticlesContainer and SummariesContainer must differ.", [nameof(SummariesContainer)]);
        }
    }
}
