using Azure.Core;
using Azure.Core.Pipeline;

namespace Summarizer.Testing;

/// <summary>
/// Records every request a storage client sends, as the wire sees it (one entry per try), so a test can count what
/// one pipeline path costs. Added to a client's options at <see cref="HttpPipelinePosition.PerRetry"/>.
/// </summary>
public sealed class StorageRequestLog : HttpPipelinePolicy
{
    private readonly List<string> _requests = [];

    /// <summary>Every request so far, as "METHOD /container/blob?comp=…" (account and query values other than comp dropped).</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_requests)
            {
                return _requests.Count;
            }
        }
    }

    public void Clear()
    {
        lock (_requests)
        {
            _requests.Clear();
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        var uri = message.Request.Uri.ToUri();
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var account = path.IndexOf('/', 1);
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        var comp = query["comp"] is { } c ? "?comp=" + c : "";
        var entry = $"{message.Request.Method} {(account > 0 ? path[account..] : path)}{comp}";
        lock (_requests)
        {
            _requests.Add(entry);
        }
    }
}
