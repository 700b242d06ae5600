using System.Text.Json.Serialization;

namespace Summarizer.AI;

/// <summary>Source-generated (reflection-free) reading of the model's JSON answer.</summary>
[JsonSourceGenerationOptions(AllowTrailingCommas = false, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(ModelSummary))]
internal sealed partial class ModelSummaryJsonContext : JsonSerializerContext;
