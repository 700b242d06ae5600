using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Summarizer.Core.Documents;

namespace Summarizer.Cli.Output;

/// <summary>
/// Source-generated JSON for everything the CLI prints or writes as JSON: one line per record, camelCase, nulls left out.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ExtractedArticle))]
[JsonSerializable(typeof(FailedInput))]
[JsonSerializable(typeof(SummaryDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    // The output is data for people and tools, never embedded in HTML: keep apostrophes and non-ASCII letters readable.
    private static readonly JsonSerializerOptions LineOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions IndentedOptions = new(LineOptions) { WriteIndented = true };

    /// <summary>Compact: one JSON Lines record per value.</summary>
    public static CliJsonContext Lines { get; } = new(LineOptions);

    /// <summary>Indented, for a single result printed to a terminal.</summary>
    public static CliJsonContext Indented { get; } = new(IndentedOptions);
}
