using System.Globalization;
using System.Text.Json;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// The app's <c>extensions.queues</c> section of host.json (and its <c>functionTimeout</c>), with the host's defaults for what it leaves out: what the
/// real host's queue listener runs by, so the stand-in listener retries and poisons the same way.
/// </summary>
public sealed record QueueSettings(int MaxDequeueCount, TimeSpan VisibilityTimeout, int BatchSize, bool Base64, TimeSpan FunctionTimeout)
{
    /// <summary>Reads the host.json beside the built worker.</summary>
    public static QueueSettings FromHostJson()
    {
        var path = Path.Combine(Path.GetDirectoryName(FunctionsBuildOutput.WorkerAssembly)!, "host.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var queues = document.RootElement.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("queues", out var section)
            ? section
            : default;
        return new QueueSettings(
            Int(queues, "maxDequeueCount") ?? 5,
            String(queues, "visibilityTimeout") is { } timeout ? TimeSpan.Parse(timeout, CultureInfo.InvariantCulture) : TimeSpan.Zero,
            Int(queues, "batchSize") ?? 16,
            !string.Equals(String(queues, "messageEncoding"), "none", StringComparison.OrdinalIgnoreCase),
            // How long the host lets one invocation run (host.json functionTimeout; 30 min on Flex Consumption otherwise).
            String(document.RootElement, "functionTimeout") is { } limit ? TimeSpan.Parse(limit, CultureInfo.InvariantCulture) : TimeSpan.FromMinutes(30));
    }

    private static int? Int(JsonElement section, string name) =>
        section.ValueKind == JsonValueKind.Object && section.TryGetProperty(name, out var value) ? value.GetInt32() : null;

    private static string? String(JsonElement section, string name) =>
        section.ValueKind == JsonValueKind.Object && section.TryGetProperty(name, out var value) ? value.GetString() : null;
}
