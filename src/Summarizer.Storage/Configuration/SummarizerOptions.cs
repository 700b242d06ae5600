using System.ComponentModel.DataAnnotations;
using Summarizer.Storage.Blobs;
using Summarizer.Core.Ingestion;

namespace Summarizer.Storage.Configuration;

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

    /// <summary>
    /// Where results go. Article claims go to the container of the same name plus <c>-claims</c>, so this name has at
    /// most 56 characters.
    /// </summary>
    [Required]
    [RegularExpression(ContainerNamePattern, ErrorMessage = "SummariesContainer is not a valid container name.")]
    [MaxLength(MaxSummariesContainerLength, ErrorMessage = "SummariesContainer has more than 56 characters; its claims container ('-claims' appended) would not be a valid container name.")]
    public string SummariesContainer { get; set; } = "summaries";

    // 63, the longest container name, less BlobSummaryStore.ClaimsContainerSuffix.
    private const int MaxSummariesContainerLength = 56;

    // Azure container names: 3-63 characters, lower-case letters, digits and single hyphens, starting with a letter or digit.
    private const string ContainerNamePattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.Equals(ArticlesContainer, SummariesContainer, StringComparison.Ordinal))
        {
            // A summary written into the articles container would trigger another summary of itself.
            yield return new ValidationResult("ArticlesContainer and SummariesContainer must differ.", [nameof(SummariesContainer)]);
        }

        if (string.Equals(ArticlesContainer, BlobSummaryStore.ClaimsContainerName(SummariesContainer), StringComparison.Ordinal))
        {
            // Claim blobs written into the articles container would trigger summaries of themselves.
            yield return new ValidationResult("ArticlesContainer must not be SummariesContainer's claims container (its name plus '-claims').", [nameof(ArticlesContainer)]);
        }
    }
}
