using System.Text.Encodings.Web;
using System.Text.Json;

namespace Summarizer.Core.Documents;

/// <summary>Reads and writes <see cref="SummaryDocument"/> as UTF-8 JSON.</summary>
public static class SummaryDocumentSerializer
{
    // Documents are served as application/json and stored as blobs, never inlined into HTML, so apostrophes,
    // ampersands and non-ASCII letters are written as themselves rather than as \u escapes people cannot read.
    private static readonly SummaryJsonContext Context = new(new JsonSerializerOptions(SummaryJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
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
