using System.Text.Json.Nodes;

namespace Summarizer.Testing.Servers;

/// <summary>One chat-completions request as the fake server received it.</summary>
/// <param name="Index">Zero-based arrival order.</param>
/// <param name="ReceivedAt">Time since the server started, from a monotonic clock.</param>
/// <param name="Deployment">The deployment segment of the route.</param>
/// <param name="ApiVersion">The <c>api-version</c> query value.</param>
/// <param name="ApiKey">The <c>api-key</c> header, if any.</param>
/// <param name="Authorization">The <c>Authorization</c> header, if any.</param>
/// <param name="Body">The parsed JSON body.</param>
/// <param name="PromptTokens">o200k_base tokens of all message contents, as the server counts them.</param>
public sealed record RecordedRequest(
    int Index,
    TimeSpan ReceivedAt,
    string Deployment,
    string? ApiVersion,
    string? ApiKey,
    string? Authorization,
    JsonObject Body,
    int PromptTokens)
{
    public IReadOnlyList<(string Role, string Content)> Messages =>
        Body["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), ContentOf(m!["content"]))).ToList();

    public string SystemPrompt => Messages.First(m => m.Role == "system").Content;

    public string UserPrompt => Messages.Last(m => m.Role == "user").Content;

    /// <summary>The output cap the client asked for, under either of the names the API accepts.</summary>
    public int? MaxOutputTokens => (Body["max_completion_tokens"] ?? Body["max_tokens"])?.GetValue<int>();

    internal static string ContentOf(JsonNode? content) => content switch
    {
        null => "",
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => content.ToJsonString(),
    };
}
