using System.Globalization;
using System.Text;
using System.Text.Json;
using Summarizer.Azure.Pipeline;
using Summarizer.Core;
using Summarizer.Core.Documents;

namespace Summarizer.Functions.Http;

/// <summary>The answers the HTTP API gives; every error is an RFC 9457 problem-details body with a stable <c>code</c>.</summary>
public static class ApiResults
{
    public const string JsonContentType = MediaTypes.JsonUtf8;
    public const string MarkdownContentType = MediaTypes.MarkdownUtf8;
    public const string ProblemContentType = "application/problem+json";

    /// <summary>Code for a name that has neither an article nor a result (not a summariser error, so not in <see cref="ErrorCodes"/>).</summary>
    public const string NotFoundCode = "not_found";

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

    /// <summary>The problem for a summariser error, with the status its code maps to.</summary>
    public static ApiResult Problem(SummarizerException error, string? instance = null) =>
        Problem(ErrorStatus.For(error), error.Code, error.Message, instance, headers: error.IsTransient ? RetryAfter() : null);

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
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static Dictionary<string, string> RetryAfter() =>
        new() { ["Retry-After"] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture) };

    private static string Title(int status) => status switch
    {
        400 => "Bad Request",
        404 => "Not Found",
        409 => "Conflict",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Error",
    };
}
