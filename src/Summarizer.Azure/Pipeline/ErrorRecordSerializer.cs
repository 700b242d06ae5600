using System.Text.Json;

namespace Summarizer.Azure.Pipeline;

/// <summary>Reads and writes <see cref="ErrorRecord"/> as UTF-8 JSON.</summary>
public static class ErrorRecordSerializer
{
    public static byte[] ToUtf8Bytes(ErrorRecord record) =>
        JsonSerializer.SerializeToUtf8Bytes(record, PipelineJsonContext.Default.ErrorRecord);

    /// <summary>Parses a stored record; null when the bytes are not one (a hand-written blob, say).</summary>
    public static ErrorRecord? TryFromJson(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, PipelineJsonContext.Default.ErrorRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
