using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Summarizer.Testing.Servers;

/// <summary>
/// A collector stand-in for tests of a process's telemetry export: OTLP over HTTP with protobuf bodies
/// (<c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>) on loopback, keeping every body it is sent. Names in a body (metric,
/// span and scope names) are plain UTF-8 strings in the protobuf, so a test can look for them without decoding.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _requests = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    /// <summary>The base address to put in <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver._requests.Enqueue(("/v1/" + signal, body.ToArray()));
            // An empty Export*ServiceResponse: everything accepted.
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        receiver.Endpoint = new Uri(app.Urls.First());
        return receiver;
    }

    /// <summary>True once some body sent to <paramref name="path"/> (e.g. <c>/v1/metrics</c>) contains <paramref name="name"/>.</summary>
    public bool Received(string path, string name)
    {
        var needle = Encoding.UTF8.GetBytes(name);
        return _requests.Any(r => r.Path == path && r.Body.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>How many bodies sent so far contain <paramref name="text"/> (UTF-8, ordinal), on any path.</summary>
    public int CountHolding(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return _requests.Count(r => r.Body.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>Waits until every one of <paramref name="names"/> arrived at <paramref name="path"/>; false when <paramref name="timeout"/> ran out first.</summary>
    public async Task<bool> WaitForAsync(string path, IEnumerable<string> names, TimeSpan timeout)
    {
        var wanted = names.ToList();
        var deadline = DateTime.UtcNow + timeout;
        while (!wanted.All(n => Received(path, n)))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    /// <summary>What arrived, for a failure message: path and size of each body.</summary>
    public string Describe() => string.Join(", ", _requests.Select(r => $"{r.Path} ({r.Body.Length} bytes)"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
