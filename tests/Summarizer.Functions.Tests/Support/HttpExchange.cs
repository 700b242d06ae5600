using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Functions.Http;

namespace Summarizer.Functions.Tests.Support;

/// <summary>Builds requests on <see cref="DefaultHttpContext"/> and runs a function's result against a response, as the host would.</summary>
internal static class HttpExchange
{
    public static HttpRequest Request(string method, string path, byte[]? body = null, string? contentType = null,
        string? query = null, string? accept = null, bool declareLength = true)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = method;
        request.Path = path;
        if (query is not null)
        {
            request.QueryString = new QueryString(query);
        }

        if (contentType is not null)
        {
            request.ContentType = contentType;
        }

        if (accept is not null)
        {
            request.Headers.Accept = accept;
        }

        body ??= [];
        request.Body = new MemoryStream(body);
        if (declareLength)
        {
            request.ContentLength = body.Length;
        }

        context.Response.Body = new MemoryStream();
        return request;
    }

    public static HttpRequest Text(string method, string path, string text, string contentType = "text/plain; charset=utf-8", string? query = null) =>
        Request(method, path, Encoding.UTF8.GetBytes(text), contentType, query);

    public static async Task<Response> RunAsync(IActionResult result)
    {
        var context = new DefaultHttpContext();
        var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return ResponseOf(context, body);
    }

    /// <summary>
    /// Runs a function invocation the way the worker does: through <see cref="HttpResponseMiddleware"/>, which answers
    /// whatever the function throws, then the returned result (as the ASP.NET Core integration executes it).
    /// </summary>
    public static async Task<Response> RunAsync(Task<IActionResult> invocation)
    {
        var context = new DefaultHttpContext();
        var body = new MemoryStream();
        context.Response.Body = body;
        var middleware = new HttpResponseMiddleware(NullLogger<HttpResponseMiddleware>.Instance);
        await middleware.Invoke(new HttpFunctionContext(context), async _ =>
        {
            var result = await invocation;
            await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        });
        return ResponseOf(context, body);
    }

    private static Response ResponseOf(DefaultHttpContext context, MemoryStream body) =>
        new(context.Response.StatusCode, context.Response.ContentType,
            context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray());

    public sealed record Response(int Status, string? ContentType, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string Text => Encoding.UTF8.GetString(Body);

        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        /// <summary>Asserts a problem-details answer with this status and code.</summary>
        public JsonElement AssertProblem(int status, string code)
        {
            Assert.Equal(status, Status);
            Assert.Equal("application/problem+json", ContentType);
            var json = Json;
            Assert.Equal(status, json.GetProperty("status").GetInt32());
            Assert.Equal(code, json.GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
            return json;
        }
    }
}
