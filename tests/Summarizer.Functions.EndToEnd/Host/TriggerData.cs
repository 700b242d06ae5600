using System.Text.Json;
using Google.Protobuf;
using Microsoft.AspNetCore.Routing;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>The invocation inputs and trigger metadata the host sends for each kind of trigger.</summary>
public static class TriggerData
{
    public static TypedData String(string value) => new() { String = value };

    public static TypedData Json<T>(T value) => new() { Json = JsonSerializer.Serialize(value) };

    /// <summary>
    /// HTTP with the ASP.NET Core integration: the request itself goes to the worker's HTTP endpoint, so the trigger
    /// input is an empty <c>RpcHttp</c>; route values travel as string metadata, query and headers as JSON.
    /// </summary>
    public static (TypedData Input, Dictionary<string, TypedData> Metadata) Http(
        RouteValueDictionary routeValues, IReadOnlyDictionary<string, string> query, IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(routeValues);
        var metadata = new Dictionary<string, TypedData>(StringComparer.Ordinal)
        {
            ["Query"] = Json(query),
            ["Headers"] = Json(headers),
        };
        foreach (var (name, value) in routeValues)
        {
            if (value is not null)
            {
                metadata[name] = String(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
            }
        }

        return (new TypedData { Http = new RpcHttp() }, metadata);
    }

    /// <summary>
    /// A blob trigger with deferred (SDK-type) binding, as the Event Grid source delivers it: the worker gets the
    /// connection setting's name (not its value), container and blob name, and builds the <c>BlobClient</c> itself.
    /// The host also fills <c>Properties</c> and <c>Metadata</c> from the blob; a function bound to a client does not
    /// read them, so they go as empty objects here.
    /// </summary>
    public static (TypedData Input, Dictionary<string, TypedData> Metadata) BlobCreated(
        string connectionSetting, string container, string blobName, Uri blobUri, string pathPattern)
    {
        ArgumentNullException.ThrowIfNull(blobUri);
        ArgumentNullException.ThrowIfNull(pathPattern);
        var content = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["Connection"] = connectionSetting,
            ["ContainerName"] = container,
            ["BlobName"] = blobName,
        });
        var input = new TypedData
        {
            ModelBindingData = new ModelBindingData
            {
                Version = "1.0",
                Source = "AzureStorageBlobs",
                ContentType = "application/json",
                Content = ByteString.CopyFrom(content),
            },
        };
        var metadata = new Dictionary<string, TypedData>(StringComparer.Ordinal)
        {
            ["BlobTrigger"] = String($"{container}/{blobName}"),
            ["Uri"] = String(blobUri.AbsoluteUri),
            ["Properties"] = Json(new Dictionary<string, string>()),
            ["Metadata"] = Json(new Dictionary<string, string>()),
        };

        // "articles/{name}": the one path parameter takes the whole blob name, folders included.
        var open = pathPattern.IndexOf('{', StringComparison.Ordinal);
        var close = pathPattern.IndexOf('}', StringComparison.Ordinal);
        if (open >= 0 && close > open)
        {
            metadata[pathPattern[(open + 1)..close]] = String(blobName);
        }

        return (input, metadata);
    }

    /// <summary>
    /// A queue trigger bound to a string or POCO: the decoded message text is the input, and the message's system
    /// properties travel as metadata under the names the host's queue binding gives them.
    /// </summary>
    public static Dictionary<string, TypedData> QueueMessage(Azure.Storage.Queues.Models.QueueMessage message, string text)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Dictionary<string, TypedData>(StringComparer.Ordinal)
        {
            ["QueueTrigger"] = String(text),
            ["DequeueCount"] = Json(message.DequeueCount), // the worker reads metadata as strings or JSON, never Int
            ["Id"] = String(message.MessageId),
            ["PopReceipt"] = String(message.PopReceipt),
            ["InsertionTime"] = Json(message.InsertedOn),
            ["ExpirationTime"] = Json(message.ExpiresOn),
            ["NextVisibleTime"] = Json(message.NextVisibleOn),
        };
    }

    /// <summary>A timer firing: the <c>TimerInfo</c> the host serialises, with its schedule status.</summary>
    public static TypedData Timer(bool isPastDue = false)
    {
        var now = DateTime.UtcNow;
        return Json(new Dictionary<string, object>
        {
            ["Schedule"] = new Dictionary<string, object> { ["AdjustForDST"] = true },
            ["ScheduleStatus"] = new Dictionary<string, object> { ["Last"] = now.AddHours(-1), ["Next"] = now.AddHours(1), ["LastUpdated"] = now },
            ["IsPastDue"] = isPastDue,
        });
    }

    /// <summary>The W3C trace context the host attaches to every invocation; the worker fails an invocation without one.</summary>
    public static RpcTraceContext NewTraceContext() => new()
    {
        TraceParent = $"00-{System.Diagnostics.ActivityTraceId.CreateRandom()}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-01",
    };
}
