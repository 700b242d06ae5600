using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Summarizer.Functions.Http;

/// <summary>
/// A finished HTTP answer: status, headers and body bytes. It writes itself to the response, so it needs no MVC
/// formatter services and a test can run it against a plain <c>DefaultHttpContext</c>.
/// </summary>
public sealed class ApiResult(int statusCode, string? contentType, ReadOnlyMemory<byte> body, IReadOnlyDictionary<string, string>? headers = null) : IActionResult
{
    public int StatusCode => statusCode;

    public string? ContentType => contentType;

    public ReadOnlyMemory<byte> Body => body;

    public IReadOnlyDictionary<string, string> Headers { get; } = headers ?? new Dictionary<string, string>();

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WriteToAsync(context.HttpContext.Response);
    }

    /// <summary>Writes status, headers and body to <paramref name="response"/>.</summary>
    public async Task WriteToAsync(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = statusCode;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        if (contentType is not null)
        {
            response.ContentType = contentType;
        }

        response.ContentLength = body.Length;
        if (body.Length > 0)
        {
            await response.Body.WriteAsync(body, response.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
