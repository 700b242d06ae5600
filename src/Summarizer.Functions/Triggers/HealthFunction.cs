using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Summarizer.Storage.Interactive;
using Summarizer.Functions.Http;

namespace Summarizer.Functions.Triggers;

/// <summary>
/// Health probes. <c>GET /api/health</c> is anonymous (load balancers and uptime checks call it without a key) and says
/// only <c>healthy</c> or <c>unhealthy</c>, with 200 or 503. <c>GET /api/health/details</c> needs a function key and adds
/// the engine fingerprint and each container's state. The key is checked by the Functions host before the worker sees
/// the request, so two routes with two authorisation levels is the way to keep details private; neither calls the
/// engine, so probes cost no model tokens.
/// </summary>
public sealed class HealthFunction(InteractiveStorage storage)
{
    [Function(nameof(Health))]
    public async Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var health = await storage.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        return Answer(health, _ => { });
    }

    [Function(nameof(HealthDetails))]
    public async Task<IActionResult> HealthDetails(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "health/details")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var health = await storage.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        return Answer(health, w =>
        {
            w.WriteStartObject("engine");
            w.WriteString("fingerprint", storage.Pipeline.Fingerprint);
            w.WriteEndObject();
            w.WriteStartObject("storage");
            w.WriteString(health.ArticlesContainer, health.ArticlesState);
            w.WriteString(health.SummariesContainer, health.SummariesState);
            w.WriteEndObject();
        });
    }

    private static ApiResult Answer(StorageHealth health, Action<System.Text.Json.Utf8JsonWriter> details) =>
        new(health.IsHealthy ? 200 : 503, ApiResults.JsonContentType, ApiResults.Json(w =>
        {
            w.WriteString("status", health.IsHealthy ? "healthy" : "unhealthy");
            details(w);
        }));
}
