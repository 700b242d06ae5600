using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Summarizer.Testing.Servers;

/// <summary>Answers shaped as Azure OpenAI sends them (chat.completion objects, Azure error envelopes, rate-limit headers).</summary>
public static class AzureReplies
{
    public const string Model = "gpt-4o-mini-2024-07-18";

    /// <summary>A structured summary as the model would write it for the JSON schema the engine sends.</summary>
    public static string SummaryJson(
        IEnumerable<string> summary,
        string title = "A title",
        IEnumerable<string>? keyPoints = null,
        IEnumerable<string>? keyPhrases = null,
        string language = "en") =>
        new JsonObject
        {
            ["title"] = title,
            ["summary"] = new JsonArray(summary.Select(s => (JsonNode)s).ToArray()),
            ["keyPoints"] = new JsonArray((keyPoints ?? ["The main point."]).Select(s => (JsonNode)s).ToArray()),
            ["keyPhrases"] = new JsonArray((keyPhrases ?? ["main point"]).Select(s => (JsonNode)s).ToArray()),
            ["language"] = language,
        }.ToJsonString();

    public static FakeReply Summary(params string[] sentences) => Completion(SummaryJson(sentences));

    public static FakeReply Completion(string content, string finishReason = "stop", int promptTokens = 120, int completionTokens = 40) =>
        new(200, ChatCompletion(JsonValue.Create(content), null, finishReason, promptTokens, completionTokens));

    public static FakeReply Refusal(string refusal) =>
        new(200, ChatCompletion(null, refusal, "stop", 100, 12));

    /// <summary>The answer Azure gives when the prompt itself trips the content filter.</summary>
    public static FakeReply PromptFiltered() => new(400, new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["message"] = "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
            ["type"] = null,
            ["param"] = "prompt",
            ["code"] = "content_filter",
            ["status"] = 400,
            ["innererror"] = new JsonObject
            {
                ["code"] = "ResponsibleAIPolicyViolation",
                ["content_filter_result"] = new JsonObject
                {
                    ["violence"] = new JsonObject { ["filtered"] = true, ["severity"] = "high" },
                },
            },
        },
    }.ToJsonString());

    public static FakeReply Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["param"] = null, ["type"] = null },
        }.ToJsonString(), headers);

    public static FakeReply ContextLengthExceeded() => Error(400, "context_length_exceeded",
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.");

    /// <summary>A 429 with both headers Azure sends: <c>retry-after-ms</c> and whole-second <c>retry-after</c>.</summary>
    public static FakeReply TooManyRequests(TimeSpan retryAfter) => Error(429, "429",
        "Requests to the ChatCompletions_Create Operation have exceeded the token rate limit of your current tier.",
        new Dictionary<string, string>
        {
            ["retry-after-ms"] = ((int)retryAfter.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ["retry-after"] = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
        });

    public static FakeReply ServiceUnavailable() => Error(503, "ServiceUnavailable", "The service is temporarily unable to process your request.");

    public static FakeReply InternalError() => Error(500, "InternalServerError", "The server had an error while processing your request.");

    private static string ChatCompletion(JsonNode? content, string? refusal, string finishReason, int promptTokens, int completionTokens)
    {
        var filterResults = new JsonObject
        {
            ["hate"] = new JsonObject { ["filtered"] = false, ["severity"] = "safe" },
            ["violence"] = new JsonObject { ["filtered"] = finishReason == "content_filter", ["severity"] = finishReason == "content_filter" ? "high" : "safe" },
        };
        return new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_767_225_600,
            ["model"] = Model,
            ["system_fingerprint"] = "fp_fake",
            ["prompt_filter_results"] = new JsonArray(new JsonObject
            {
                ["prompt_index"] = 0,
                ["content_filter_results"] = JsonNode.Parse(filterResults.ToJsonString()),
            }),
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["finish_reason"] = finishReason,
                ["logprobs"] = null,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = refusal },
                ["content_filter_results"] = filterResults,
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
