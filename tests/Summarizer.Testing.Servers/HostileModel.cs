using System.Text.Json.Nodes;

namespace Summarizer.Testing.Servers;

/// <summary>
/// A model endpoint that fails in every way the engine handles, each time echoing what it was sent (the api-key, the
/// Authorization header and the whole request body, article included) into its error bodies, headers, error codes,
/// request ids and answers, as a misconfigured proxy or a hostile endpoint would. Which failure a request gets is
/// named by a marker in its article, so one server answers many articles at once. Answer with
/// <c>server.Respond = HostileModel.Respond</c>; write articles with <see cref="Article"/>.
/// </summary>
public static class HostileModel
{
    /// <summary>Words of every article that no log line or exported record may hold.</summary>
    public static readonly IReadOnlyList<string> ArticleCanaries = ["Quorvane", "Ellisport", "Tremaglio"];

    /// <summary>A well-formed request id the transient failures send, which logs should name.</summary>
    public const string RequestId = "7d1c4e2a-5b9f-4c3e-8a61-0f2d9b7e3c55";

    private const string MarkerPrefix = "hostilecase";

    private static readonly Dictionary<string, Func<string, FakeReply>> Replies = new(StringComparer.Ordinal)
    {
        ["badrequest"] = echo => Error(400, "invalid_request_error", echo, requestId: Secret(echo)),
        ["badrequestplain"] = echo => new FakeReply(400, "Bad request: " + echo, Echoed(echo)),
        ["unauthorized"] = echo => Error(401, "401", echo),
        ["forbidden"] = echo => Error(403, Secret(echo), echo),
        ["notfound"] = echo => Error(404, "DeploymentNotFound", echo),
        ["requesttimeout"] = echo => Error(408, "Timeout", echo, requestId: RequestId),
        ["ratelimited"] = echo => Error(429, "429", echo, requestId: RequestId, retryAfterMs: 20),
        ["servererror"] = echo => Error(500, "InternalServerError", echo, requestId: RequestId),
        ["unavailable"] = echo => Error(503, "ServiceUnavailable", echo, requestId: RequestId),
        ["contentfilter"] = echo => Error(400, "content_filter", echo),
        ["contextlength"] = echo => Error(400, "context_length_exceeded", echo),
        ["malformedjson"] = echo => new FakeReply(200, "<html><body>" + echo + "</body></html>", Echoed(echo)),
        ["truncatedbody"] = echo => new FakeReply(200, "{\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":{\"content\":" + JsonValue.Create(echo).ToJsonString(),
            new Dictionary<string, string> { ["Content-Length"] = "100000", ["x-echo"] = Header(echo) }),
        ["timeout"] = echo => AzureReplies.Summary("Too late.") with { Delay = TimeSpan.FromSeconds(30) },
        ["completionfiltered"] = echo => AzureReplies.Completion(echo, finishReason: "content_filter"),
        ["refusal"] = echo => AzureReplies.Refusal(echo),
        ["notjsonoutput"] = echo => AzureReplies.Completion("Here is the summary: " + echo),
        ["cutoffoutput"] = echo => AzureReplies.Completion("{\"title\":\"" + echo, finishReason: "length"),
        ["schemaviolation"] = echo => AzureReplies.Completion(AzureReplies.SummaryJson([echo + " See https://evil.example/x."])),
        ["unknownfinishreason"] = echo => AzureReplies.Completion("{}", finishReason: echo),
    };

    /// <summary>Every failure the server can play, by name.</summary>
    public static IReadOnlyList<string> Failures { get; } = [.. Replies.Keys];

    /// <summary>An article long enough to need the model, with the canaries and the failure's marker in it.</summary>
    public static string Article(string failure) =>
        $"The {ArticleCanaries[0]} ferry left {ArticleCanaries[1]} at dawn with forty passengers aboard. "
        + $"Its captain, Mira {ArticleCanaries[2]}, had sailed the route for twenty years. "
        + "A storm off the northern cape forced the crew to turn back before noon. "
        + "Nobody was hurt, and the passengers were taken home by coach. "
        + "The harbour master said the crossing would resume on Friday. "
        + $"Engineers will inspect the hull before then ({MarkerPrefix}{failure}).";

    /// <summary>The failure an article was written for, or null when it carries no marker.</summary>
    public static string? FailureOf(RecordedRequest request)
    {
        var prompt = request.UserPrompt;
        var start = prompt.IndexOf(MarkerPrefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += MarkerPrefix.Length;
        var end = start;
        while (end < prompt.Length && char.IsAsciiLetterLower(prompt[end]))
        {
            end++;
        }

        return prompt[start..end];
    }

    public static FakeReply Respond(RecordedRequest request)
    {
        var failure = FailureOf(request) ?? throw new InvalidOperationException("The article names no failure.");
        return Replies[failure](Echo(request));
    }

    /// <summary>Everything the client sent, as an echoing endpoint would return it.</summary>
    private static string Echo(RecordedRequest request) =>
        $"api-key: {request.ApiKey}; Authorization: {request.Authorization}; request: {request.Body.ToJsonString()}";

    private static FakeReply Error(int status, string code, string echo, string? requestId = null, int? retryAfterMs = null)
    {
        var headers = Echoed(echo);
        if (requestId is not null)
        {
            headers["apim-request-id"] = requestId;
        }

        if (retryAfterMs is { } ms)
        {
            headers["retry-after-ms"] = ms.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = echo,
                ["param"] = echo,
                ["innererror"] = new JsonObject { ["code"] = code, ["content_filter_result"] = echo },
            },
        };
        return new FakeReply(status, body.ToJsonString(), headers);
    }

    /// <summary>Response headers that carry the key and a canary back (headers take ASCII without line breaks only).</summary>
    private static Dictionary<string, string> Echoed(string echo) => new(StringComparer.OrdinalIgnoreCase) { ["x-echo"] = Header(echo) };

    private static string Header(string echo) => $"{Secret(echo)} {ArticleCanaries[0]}";

    /// <summary>The api-key (or bearer token) the client sent, found again in the echo.</summary>
    private static string Secret(string echo)
    {
        var start = echo.IndexOf("api-key: ", StringComparison.Ordinal) + "api-key: ".Length;
        var key = echo[start..echo.IndexOf(';', start)];
        return key.Length > 0 ? key : "no-key";
    }
}
