using System.Text.Json;
using System.Text.Json.Serialization;
using Summarizer.Core;

namespace Summarizer.Storage.Queueing;

/// <summary>
/// One message on <c>summarize-requests</c>: bring the result of article <see cref="Name"/> up to date, as of its
/// version <see cref="Version"/> (the article's ETag when the message was sent). The version lets a worker drop a
/// message for a superseded article with one metadata read, and makes sending twice harmless.
/// </summary>
public sealed record SummarizeRequest(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version)
{
    /// <summary>The message body: compact JSON, <c>{"name":"…","version":"…"}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, QueueJsonContext.Default.SummarizeRequest);

    /// <summary>Reads a message body; throws a permanent <c>invalid_json</c> error for anything else.</summary>
    public static SummarizeRequest Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        SummarizeRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(json, QueueJsonContext.Default.SummarizeRequest);
        }
        catch (JsonException ex)
        {
            throw new SummarizerException(ErrorCodes.InvalidJson, $"The message is not a summarise request: {ex.Message}", innerException: ex);
        }

        if (request is null || string.IsNullOrEmpty(request.Name) || string.IsNullOrEmpty(request.Version))
        {
            throw new SummarizerException(ErrorCodes.InvalidJson, "The message needs a non-empty \"name\" and \"version\".");
        }

        return request;
    }
}
