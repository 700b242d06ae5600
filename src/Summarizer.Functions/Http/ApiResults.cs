using System.Globalization;
using System.Text;
using System.Text.Json;
using Summarizer.Storage.Interactive;
using Summarizer.Storage.Pipeline;
using Summarizer.Core;
using Summarizer.Core.Documents;

namespace Summarizer.Functions.Http;

/// <summary>The answers the HTTP API gives; every error is an RFC 9457 problem-details body with a stable <c>code</c>.</summary>
public static class ApiResults
{
    public const string JsonContentType = MediaTypes.JsonUtf8;
    public const string MarkdownContentType = MediaTypes.MarkdownUtf8;
    public const string ProblemContentType = "application/problem+json";

    /// <summary>Code for a name that has neither an article nor a result.</summary>
    public const string NotFoundCode = ErrorCodes.NotFound;

    /// <summary>Seconds a client should wait before asking again for a summary being written or a transient failure.</summary>
    public const int RetryAfterSeconds = 5;

    public static ApiResult Document(SummaryDocument document, bool asMarkdown) => asMarkdown
        ? new ApiResult(200, MarkdownContentType, Encoding.UTF8.GetBytes(MarkdownRenderer.Render(document)))
        : new ApiResult(200, JsonContentType, SummaryDocumentSerializer.ToUtf8Bytes(document));

    public static ApiResult Stored(BinaryData content, bool asMarkdown) =>
        new(200, asMarkdown ? MarkdownContentType : JsonContentType, content.ToMemory());

    public static ApiResult Accepted(string location) =>
        new(202, JsonContentType, Json(w =>
        {
            w.WriteString("status", "accepted");
            w.WriteString("location", location);
        }), new Dictionary<string, string> { ["Location"] = location });

    public static ApiResult Pending(string articleName) =>
        new(202, JsonContentType, Json(w =>
        {
            w.WriteString("status", "pending");
            w.WriteString("name", articleName);
        }), RetryAfter());

    /// <summary>
    /// The problem for a summariser error, with the status its code maps to and <c>Retry-After</c> when it is
    /// transient, and <c>upstreamStatus</c> when a link's server answered with an error. Storage errors name the storage
    /// endpoint in their message; the client gets a plain sentence instead.
    /// </summary>
    public static ApiResult Problem(SummarizerException error, string? instance = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var detail = error.Code == ErrorCodes.StorageUnavailable ? "Storage is unavailable; try again shortly." : error.Message;
        Action<Utf8JsonWriter>? upstream = error.UpstreamStatus is { } status ? w => w.WriteNumber("upstreamStatus", status) : null;
        return Problem(ErrorStatus.For(error), error.Code, detail, instance, upstream, error.IsTransient ? RetryAfter() : null);
    }

    /// <summary>The answer for what the storage holds for an article: the summary, 202 pending, or 422 with the failure.</summary>
    public static ApiResult Stored(StoredResult result, bool asMarkdown, string? instance = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Kind switch
        {
            StoredResultKind.Summary => Stored(result.Content!, asMarkdown),
            StoredResultKind.Pending => Pending(result.ArticleName),
            _ when result.ErrorRecord is { } record => Failed(record, instance),
            _ => Problem(422, result.FailureCode!, result.FailureMessage ?? "The article could not be summarised.", instance),
        };
    }

    /// <summary>422 carrying the stored error record, so a client sees why its article failed.</summary>
    public static ApiResult Failed(ErrorRecord record, string? instance = null) =>
        Problem(422, record.Code, record.Message, instance, w =>
        {
            w.WritePropertyName("errorRecord");
            JsonSerializer.Serialize(w, record, PipelineJsonContext.Default.ErrorRecord);
        });

    public static ApiResult NotFound(string detail, string? instance = null) => Problem(404, NotFoundCode, detail, instance);

    public static ApiResult Problem(int status, string code, string detail, string? instance = null,
        Action<Utf8JsonWriter>? extensions = null, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, ProblemContentType, Json(w =>
        {
            w.WriteString("type", "https://httpstatuses.io/" + status.ToString(CultureInfo.InvariantCulture));
            w.WriteString("title", Title(status));
            w.WriteNumber("status", status);
            w.WriteString("detail", detail);
            w.WriteString("code", code);
            if (instance is not null)
            {
                w.WriteString("instance", instance);
            }

            extensions?.Invoke(w);
        }), headers);

    public static byte[] Json(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = SafeJsonEncoder.Instance }))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static Dictionary<string, string> RetryAfter() =>
        new() { ["Retry-After"] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture) };

    // RFC 9110's phrases. ASP.NET Core's ReasonPhrases still has RFC 7231's for 413 and 422 ("Payload Too Large",
    // "Unprocessable Entity"), which would change the titles clients see for a table this size.
    private static string Title(int status) => status switch
    {
        400 => "Bad Request",
        404 => "Not Found",
        409 => "Conflict",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Error",
    };
}
