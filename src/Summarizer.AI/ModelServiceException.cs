using System.Globalization;

namespace Summarizer.AI;

/// <summary>
/// A model request that failed, as the engine's chat client reports it in place of whatever the SDK threw: the HTTP
/// status, the service's error code and request id when they are plain tokens, and the wait the service asked for.
/// Never the service's message, body or headers as sent: exception messages end up in logs, span statuses and
/// exception events, and a misconfigured proxy or a hostile endpoint can echo the api-key and the article into them.
/// </summary>
public sealed class ModelServiceException : Exception
{
    /// <param name="status">The HTTP status; 0 when no complete answer arrived.</param>
    /// <param name="errorCode">The service's error code, already checked to be a plain token.</param>
    /// <param name="requestId">The service's request id, already checked to be a plain token.</param>
    /// <param name="retryAfter">The wait the service asked for.</param>
    /// <param name="reason">
    /// Why no answer arrived or could not be read, as a type or error name (<c>ResponseEnded</c>, <c>JsonException</c>):
    /// never text the service sent.
    /// </param>
    internal ModelServiceException(int status, string? errorCode = null, string? requestId = null, TimeSpan? retryAfter = null, string? reason = null)
        : base(Describe(status, errorCode, requestId, reason))
    {
        Status = status;
        ErrorCode = errorCode;
        RequestId = requestId;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status of the answer; 0 when no complete answer arrived (refused, reset, cut short).</summary>
    public int Status { get; }

    /// <summary><c>error.code</c> of the service's error body.</summary>
    public string? ErrorCode { get; }

    /// <summary>The service's id of the request (<c>apim-request-id</c>, <c>x-request-id</c>), for a support case.</summary>
    public string? RequestId { get; }

    /// <summary>How long the service asked the client to wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>E.g. <c>HTTP 429, code 429, request id 7d1c…</c> or <c>no answer: ResponseEnded</c>.</summary>
    private static string Describe(int status, string? errorCode, string? requestId, string? reason)
    {
        var text = status switch
        {
            0 => $"no answer: {reason ?? "network error"}",
            >= 200 and < 300 => string.Create(CultureInfo.InvariantCulture, $"HTTP {status}, answer not readable: {reason ?? "unknown"}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"),
        };
        if (errorCode is not null)
        {
            text += $", code {errorCode}";
        }

        return requestId is null ? text : $"{text}, request id {requestId}";
    }
}
