using System.Text.Json.Serialization;

namespace Summarizer.Storage.Queueing;

/// <summary>Source-generated JSON for queue messages (compact: a message is at most 64 KiB).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SummarizeRequest))]
public sealed partial class QueueJsonContext : JsonSerializerContext;
