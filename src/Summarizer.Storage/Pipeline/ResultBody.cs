using System.Text.Json;
using Summarizer.Core.Documents;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// Reads a result blob's body, which is a summary document or an error record: the top-level <c>status</c> field says
/// which (<c>failed</c> for a record; a summary says <c>summarized</c>, or nothing when written before 2.0).
/// </summary>
public static class ResultBody
{
    /// <summary>True when the body is an error record. Reads the top level only, skipping nested values unparsed.</summary>
    public static bool IsFailure(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isStatus = reader.ValueTextEquals("status"u8);
                reader.Read();
                if (isStatus)
                {
                    return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("failed"u8);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: not a record either; reading it as a summary fails in turn.
        }

        return false;
    }

    /// <summary>The summary document, or null when the body is not one.</summary>
    public static SummaryDocument? TryReadSummary(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return IsFailure(utf8Json) ? null : SummaryDocumentSerializer.FromJson(utf8Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
