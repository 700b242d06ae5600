namespace Summarizer.Testing.Servers;

/// <summary>What the fake server answers to one request.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Body">JSON body.</param>
/// <param name="Headers">Extra response headers, e.g. <c>retry-after-ms</c>.</param>
/// <param name="Delay">How long to wait before answering (timeouts, cancellation).</param>
public sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);
