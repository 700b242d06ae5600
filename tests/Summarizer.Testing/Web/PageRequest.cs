namespace Summarizer.Testing.Web;

/// <summary>A request the <see cref="PageServer"/> received: method, path with query, and headers (names in any case).</summary>
public sealed record PageRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
