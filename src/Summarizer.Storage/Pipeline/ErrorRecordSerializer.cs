using System.Text.Json;
using Summarizer.Core.Documents;

namespace Summarizer.Storage.Pipeline;

/// <summary>Reads and writes <see cref="ErrorRecord"/> as UTF-8 JSON.</summary>
public static class ErrorRecordSerializer
{
    // Messages can quote article text: markup characters escaped, letters kept readable, as in summary documents.
    private static readonly PipelineJsonContext Context = new(new JsonSerializerOptions(PipelineJsonContext.Default.Options)
    {
        Encoder = SafeJsonEncoder.Instance,
    });

    public static byte[] ToUtf8Bytes(ErrorRecord record) =>
        JsonSerializer.SerializeToUtf8Bytes(record, Context.ErrorRecord);

    /// <summary>Parses a stored record; null when the bytes are not one (a hand-written blob, say).</summary>
    public static ErrorRecord? TryFromJson(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, Context.ErrorRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
