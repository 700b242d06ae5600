using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.AI;

/// <summary>
/// Turns whatever a chat request threw into a <see cref="ModelServiceException"/> that carries only what the engine
/// needs and may log: the status, the wait the service asked for, and its error code and request id when each is a
/// short plain token that does not hold the api-key. The service's message, body and other headers are dropped here.
/// </summary>
internal static partial class ModelFailureReader
{
    /// <summary>Azure error bodies are well under a kilobyte; a larger one is not read for its code.</summary>
    private const int MaxErrorBodyBytes = 64 * 1024;

    private static readonly string[] RequestIdHeaders = ["apim-request-id", "x-request-id", "x-ms-request-id"];

    private static readonly string[] RetryAfterMsHeaders = ["retry-after-ms", "x-ms-retry-after-ms"];

    /// <summary>True for what a chat request throws when the service or the network fails.</summary>
    public static bool IsServiceFailure(Exception exception) =>
        exception is ModelServiceException or ClientResultException or HttpRequestException or IOException;

    /// <param name="exception">Anything but a cancellation, which callers let pass.</param>
    /// <param name="now">For a <c>Retry-After</c> given as a date.</param>
    /// <param name="secret">The api-key, which no code or request id passed on may contain; null with an identity.</param>
    public static ModelServiceException Read(Exception exception, DateTimeOffset now, string? secret) => exception switch
    {
        ModelServiceException read => read,
        ClientResultException { Status: > 0 } failed => FromAnswer(failed.Status, failed.GetRawResponse(), now, secret),
        ClientResultException or HttpRequestException or IOException => new ModelServiceException(0, reason: NetworkReason(exception)),
        // The SDK threw while reading a success answer (not JSON, not a chat completion, a value it does not know):
        // its messages quote what it could not read, so only the exception's type goes on.
        _ => new ModelServiceException(200, reason: exception.GetType().Name),
    };

    private static ModelServiceException FromAnswer(int status, PipelineResponse? response, DateTimeOffset now, string? secret)
    {
        var requestId = RequestIdHeaders.Select(name => Header(response, name)).FirstOrDefault(id => id is not null);
        return new ModelServiceException(
            status, Token(ErrorCode(response?.Content), secret), Token(requestId, secret), RetryAfter(response, now));
    }

    /// <summary>
    /// The wait the service asked for: Azure's <c>retry-after-ms</c> (or <c>x-ms-retry-after-ms</c>) first, as it is the
    /// precise one, then standard <c>Retry-After</c> in seconds or as an HTTP date.
    /// </summary>
    internal static TimeSpan? RetryAfter(PipelineResponse? response, DateTimeOffset now)
    {
        foreach (var header in RetryAfterMsHeaders)
        {
            if (double.TryParse(Header(response, header), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }

        var retryAfter = Header(response, "Retry-After");
        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(retryAfter, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date > now ? date - now : TimeSpan.Zero;
        }

        return null;
    }

    private static string? Header(PipelineResponse? response, string name) =>
        response is not null && response.Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary><c>error.code</c> of an Azure or OpenAI error body, or null when the body is not one.</summary>
    private static string? ErrorCode(BinaryData? content)
    {
        if (content is null || content.ToMemory().IsEmpty || content.ToMemory().Length > MaxErrorBodyBytes)
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

    /// <summary>The value when it is a short plain token that neither holds the secret nor is a piece of it.</summary>
    private static string? Token(string? value, string? secret)
    {
        if (value is null || !PlainToken().IsMatch(value))
        {
            return null;
        }

        var reveals = !string.IsNullOrEmpty(secret) && (value.Contains(secret, StringComparison.OrdinalIgnoreCase)
            || (value.Length >= 8 && secret.Contains(value, StringComparison.OrdinalIgnoreCase)));
        return reveals ? null : value;
    }

    private static string NetworkReason(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => http.HttpRequestError.ToString(),
        HttpIOException { HttpRequestError: not HttpRequestError.Unknown } io => io.HttpRequestError.ToString(),
        _ => exception.GetType().Name,
    };

    /// <summary>Error codes (<c>content_filter</c>, <c>429</c>) and request ids (GUIDs, <c>req_…</c>) look like this.</summary>
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainToken();
}
