using System.Text.Json.Serialization;

namespace Summarizer.Storage.Pipeline;

/// <summary>Source-generated JSON for the records this project writes, in the same style as the summary document.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ErrorRecord))]
public sealed partial class PipelineJsonContext : JsonSerializerContext;
