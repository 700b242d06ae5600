using System.ClientModel;
using System.Globalization;
using System.Text.Json;
using Summarizer.Core;

namespace Summarizer.AI;

/// <summary>
/// Sorts a failed request into transient (worth another try within the budget) or permanent (a
/// <see cref="SummarizerException"/> the fallback can act on at once), reading the status, the Azure error code and the
/// retry-after headers of the service's answer.
/// </summary>
internal static class ChatFailureClassifier
{
    /// <summary>True for the exceptions a chat request raises when the service or the network fails.</summary>
    public static bool IsServiceFailure(Exception exception) =>
        exception is ClientResultException or HttpRequestException or IOException;

    /// <summary>Returns the transient failure to retry, or throws the permanent <see cref="SummarizerException"/>.</summary>
    public static ChatFailure ClassifyOrThrow(Exception exception, DateTimeOffset now)
    {
        if (exception is not ClientResultException { Status: > 0 } result)
        {
            // No HTTP answer at all: refused connection, reset, DNS. The next try may well reach it.
            return new ChatFailure("network error", RetryAfter: null);
        }

        var response = result.GetRawResponse();
        var code = ErrorCode(response?.Content);
        var description = code is null ? $"HTTP {result.Status}" : $"HTTP {result.Status} {code}";
        switch (result.Status)
        {
            case 408 or 429 or 500 or 502 or 503 or 504:
                return new ChatFailure(description, RetryAfter(response, now));
            case 400 when code == "content_filter":
                throw new SummarizerException(ErrorCodes.ContentFiltered,
                    "The model service's content filter blocked the article.", innerException: exception);
            case 400 when code == "context_length_exceeded":
                throw new SummarizerException(AIErrorCodes.ContextLengthExceeded,
                    "The model service said the request was over the model's context window; lower AzureOpenAI:ContextWindowTokens.",
                    innerException: exception);
            case 401 or 403 or 404:
                throw new SummarizerException(ErrorCodes.EngineUnavailable,
                    $"The model service rejected the request ({description}): check the endpoint, deployment and credentials.",
                    innerException: exception);
            default:
                throw new SummarizerException(ErrorCodes.EngineRefused,
                    $"The model service rejected the request ({description}).", innerException: exception);
        }
    }

    /// <summary>
    /// The wait the service asked for: Azure's <c>retry-after-ms</c> (or <c>x-ms-retry-after-ms</c>) first, as it is the
    /// precise one, then standard <c>Retry-After</c> in seconds or as an HTTP date.
    /// </summary>
    internal static TimeSpan? RetryAfter(System.ClientModel.Primitives.PipelineResponse? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }

        foreach (var header in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(header, out var ms)
                && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }

        if (response.Headers.TryGetValue("Retry-After", out var retryAfter) && retryAfter is not null)
        {
            if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (DateTimeOffset.TryParseExact(retryAfter, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                var wait = date - now;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        return null;
    }

    /// <summary><c>error.code</c> of an Azure or OpenAI error body, or null when the body is not one.</summary>
    private static string? ErrorCode(BinaryData? content)
    {
        if (content is null || content.ToMemory().IsEmpty)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(content.ToMemory());
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                    ? code.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
