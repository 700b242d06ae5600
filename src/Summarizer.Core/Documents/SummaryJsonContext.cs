using System.Text.Json.Serialization;

namespace Summarizer.Core.Documents;

/// <summary>Source-generated JSON metadata: no reflection at run time, and one place that fixes the wire format.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(SummaryDocument))]
public sealed partial class SummaryJsonContext : JsonSerializerContext;
