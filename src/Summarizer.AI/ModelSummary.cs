using System.Text.Json.Serialization;

namespace Summarizer.AI;

/// <summary>The JSON object the model returns, shaped by <c>Prompts/v1/summary.schema.json</c>.</summary>
internal sealed record ModelSummary
{
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("summary")]
    public IReadOnlyList<string>? Summary { get; init; }

    [JsonPropertyName("keyPoints")]
    public IReadOnlyList<string>? KeyPoints { get; init; }

    [JsonPropertyName("keyPhrases")]
    public IReadOnlyList<string>? KeyPhrases { get; init; }

    [JsonPropertyName("language")]
    public string? Language { get; init; }
}
