using System.Globalization;
using System.Text;
using System.Text.Json;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>What the worker answered to one HTTP call: the HTTP response and the invocation's own result.</summary>
/// <remarks>
/// In the ASP.NET Core integration the response goes back over HTTP while the invocation result goes over gRPC. The
/// host turns a failed invocation into a 500 whatever the HTTP side said, so a well-behaved call needs both.
/// </remarks>
public sealed record HttpAnswer(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body, InvocationResponse Invocation, TimeSpan Elapsed)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public string? ContentType => Header("Content-Type");

    public bool InvocationSucceeded => Invocation.Result?.Status == StatusResult.Types.Status.Success;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }

    public override string ToString()
    {
        var result = Invocation.Result;
        var failure = result?.Exception is { } e ? $" ({e.Type}: {e.Message})" : "";
        var text = Text;
        return string.Create(CultureInfo.InvariantCulture,
            $"HTTP {Status} {ContentType}, {Body.Length} bytes after {Elapsed.TotalSeconds:0.0} s; invocation {result?.Status}{failure}; body: {(text.Length > 1500 ? text[..1500] + "…" : text)}");
    }
}
