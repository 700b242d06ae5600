using System.Text.Json;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// A function the worker indexed and loaded: its id for invocations and its bindings as the worker described them, with
/// the app settings they name resolved as the host resolves them (<see cref="AppSettingExpressions"/>).
/// </summary>
public sealed class LoadedFunction
{
    public LoadedFunction(string functionId, RpcFunctionMetadata metadata, IReadOnlyDictionary<string, string> appSettings)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        FunctionId = functionId;
        Metadata = metadata;
        Bindings = [.. metadata.RawBindings.Select(raw => Parse(AppSettingExpressions.ResolveBinding(raw, appSettings)))];
        IsDisabled = AppSettingExpressions.IsDisabled(metadata.Name, appSettings);
        Trigger = Bindings.Single(b => Property(b, "type")?.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase) == true);
    }

    public string Name => Metadata.Name;

    public string FunctionId { get; }

    public RpcFunctionMetadata Metadata { get; }

    /// <summary>The raw binding JSON objects (function.json style: type, direction, name, route, authLevel, path, ...).</summary>
    public IReadOnlyList<JsonElement> Bindings { get; }

    public JsonElement Trigger { get; }

    /// <summary>Switched off by <c>AzureWebJobs.{name}.Disabled</c>: loaded, but the host never fires its trigger.</summary>
    public bool IsDisabled { get; }

    /// <summary><c>httpTrigger</c>, <c>blobTrigger</c>, <c>queueTrigger</c>, <c>timerTrigger</c>, ...</summary>
    public string TriggerType => TriggerProperty("type")!;

    /// <summary>The trigger parameter's name: the invocation's input binding must carry it.</summary>
    public string TriggerName => TriggerProperty("name")!;

    public string? TriggerProperty(string name) => Property(Trigger, name);

    public bool IsTrigger(string type) => string.Equals(TriggerType, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>The methods an HTTP trigger accepts, lower case.</summary>
    public IReadOnlyList<string> HttpMethods =>
        TryGet(Trigger, "methods", out var methods) && methods.ValueKind == JsonValueKind.Array
            ? [.. methods.EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant())]
            : [];

    public override string ToString() => $"{Name} ({TriggerType})";

    // Raw bindings come from the worker's generated metadata; their property names are camelCase today, but the host
    // itself reads them case-insensitively, so this does too.
    internal static string? Property(JsonElement binding, string name) =>
        TryGet(binding, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
