using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Summarizer.Core;

namespace Summarizer.Functions.Http;

/// <summary>
/// The one place HTTP answers get their common headers and errors become problem details. Function methods bind, call
/// and return; whatever they throw is answered here: a <see cref="SummarizerException"/> as the problem its code maps
/// to (503 with <c>Retry-After</c> for storage or engine outages), anything else as a 500 problem with the details
/// logged. Without this an exception thrown through the ASP.NET Core integration reached the client as an empty 200.
/// Triggers other than HTTP are left alone, so their transient errors still reach the host, which retries them.
/// </summary>
public sealed partial class HttpResponseMiddleware(ILogger<HttpResponseMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is not { } http)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // Every answer is JSON, problem JSON or Markdown of article text: never let a browser sniff it into HTML.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
        {
            var error = Unwrap(ex);
            var problem = error as SummarizerException;
            if (problem is null)
            {
                LogUnexpected(logger, error, http.Request.Path);
                problem = new SummarizerException(ErrorCodes.InternalError, "The request failed unexpectedly; it has been logged.", innerException: error);
            }
            else if (problem.IsTransient)
            {
                LogTransient(logger, http.Request.Path, ErrorStatus.For(problem), problem.Code, problem.Message);
            }

            await ApiResults.Problem(problem, http.Request.Path).WriteToAsync(http.Response).ConfigureAwait(false);
        }
    }

    private static Exception Unwrap(Exception ex) => ex switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => ex,
    };

    // Transient answers are 503 for storage and engine outages, 502 or 504 for a link's busy or silent server.
    [LoggerMessage(Level = LogLevel.Warning, Message = "{RequestPath} answered {Status}: {ErrorCode}: {ErrorMessage}")]
    private static partial void LogTransient(ILogger logger, PathString requestPath, int status, string errorCode, string errorMessage);

    [LoggerMessage(Level = LogLevel.Error, Message = "{RequestPath} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, PathString requestPath);
}
