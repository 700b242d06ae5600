using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Summarizer.Azure.Pipeline;
using Summarizer.Functions.Http;

namespace Summarizer.Functions.Functions;

/// <summary>
/// <c>GET /api/health</c> (anonymous): 200 when both containers answer, 503 otherwise. Reports the engine and its
/// fingerprint without calling it, so probes cost no model tokens.
/// </summary>
public sealed class HealthFunction(SummaryPipeline pipeline)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    [Function(nameof(Health))]
    public async Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        var articles = await ProbeAsync(pipeline.Articles.Container.ExistsAsync(timeout.Token)).ConfigureAwait(false);
        var summaries = await ProbeAsync(pipeline.Summaries.Container.ExistsAsync(timeout.Token)).ConfigureAwait(false);
        var healthy = articles == "ok" && summaries == "ok";
        var body = ApiResults.Json(w =>
        {
            w.WriteString("status", healthy ? "healthy" : "unhealthy");
            w.WriteStartObject("engine");
            w.WriteString("fingerprint", pipeline.Fingerprint);
            w.WriteEndObject();
            w.WriteStartObject("storage");
            w.WriteString(pipeline.Articles.Container.Name, articles);
            w.WriteString(pipeline.Summaries.Container.Name, summaries);
            w.WriteEndObject();
        });
        return new ApiResult(healthy ? 200 : 503, ApiResults.JsonContentType, body);
    }

    private static async Task<string> ProbeAsync(Task<Response<bool>> exists)
    {
        try
        {
            return (await exists.ConfigureAwait(false)).Value ? "ok" : "missing";
        }
        catch (RequestFailedException)
        {
            return "unreachable";
        }
        catch (OperationCanceledException)
        {
            return "timeout";
        }
    }
}
