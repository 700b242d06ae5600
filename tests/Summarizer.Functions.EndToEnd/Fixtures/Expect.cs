using System.Text.Json;
using Summarizer.Functions.EndToEnd.Host;

namespace Summarizer.Functions.EndToEnd.Fixtures;

/// <summary>Assertions on worker answers whose failure message shows the whole answer, not just the first mismatch.</summary>
public static class Expect
{
    /// <summary>
    /// The HTTP status, and a successful invocation (the host answers 500 for a failed one whatever the HTTP side said).
    /// Every answer, whatever its status, must also forbid content sniffing: article text is in most of them.
    /// </summary>
    public static void Status(HttpAnswer answer, int status)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Assert.True(answer.Status == status && answer.InvocationSucceeded, $"expected {status}, got {answer}");
        Assert.True(answer.Header("X-Content-Type-Options") == "nosniff", $"no X-Content-Type-Options: nosniff on {answer}");
    }

    /// <summary>An RFC 9457 problem with this status and stable code.</summary>
    public static JsonElement Problem(HttpAnswer answer, int status, string code)
    {
        Status(answer, status);
        Assert.True(answer.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) == true, $"expected a problem, got {answer}");
        var problem = answer.Json();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
