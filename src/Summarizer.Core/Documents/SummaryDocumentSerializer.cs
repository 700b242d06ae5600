using System.Text.Json;

namespace Summarizer.Core.Documents;

/// <summary>Reads and writes <see cref="SummaryDocument"/> as UTF-8 JSON.</summary>
public static class SummaryDocumentSerializer
{
    // Markup characters escaped, letters of every script kept readable: see SafeJsonEncoder.
    private static readonly SummaryJsonContext Context = new(new JsonSerializerOptions(SummaryJsonContext.Default.Options)
    {
        Encoder = SafeJsonEncoder.Instance,
    });

    public static byte[] ToUtf8Bytes(SummaryDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, Context.SummaryDocument);

    public static string ToJson(SummaryDocument document) =>
        JsonSerializer.Serialize(document, Context.SummaryDocument);

    /// <summary>Parses a stored document; throws <see cref="JsonException"/> when it is not one.</summary>
    public static SummaryDocument FromJson(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, Context.SummaryDocument)
        ?? throw new JsonException("The JSON is null, not a summary document.");
}
