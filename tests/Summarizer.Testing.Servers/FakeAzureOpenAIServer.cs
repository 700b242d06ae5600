using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.ML.Tokenizers;

namespace Summarizer.Testing.Servers;

/// <summary>
/// A Kestrel server on 127.0.0.1 that speaks the Azure OpenAI chat-completions wire protocol
/// (<c>POST /openai/deployments/{deployment}/chat/completions?api-version=…</c>), records every request and answers
/// with whatever <see cref="Respond"/> says, so the real SDK is exercised end to end.
/// </summary>
public sealed class FakeAzureOpenAIServer : IAsyncDisposable
{
    private static readonly Tokenizer Tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _count;

    private FakeAzureOpenAIServer(WebApplication app) => _app = app;

    /// <summary>Chooses the answer for a request; the default answers every request with a two-sentence summary.</summary>
    public Func<RecordedRequest, FakeReply> Respond { get; set; } =
        _ => AzureReplies.Summary("The council approved the bridge.", "Work starts in May.");

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.OrderBy(r => r.Index).ToList();

    /// <summary>Answers the i-th request (zero-based) with <paramref name="replies"/>[i], repeating the last one after that.</summary>
    public void RespondInOrder(params FakeReply[] replies) =>
        Respond = request => replies[Math.Min(request.Index, replies.Length - 1)];

    public static async Task<FakeAzureOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeAzureOpenAIServer(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string deployment)
    {
        var receivedAt = _clock.Elapsed;
        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        var promptTokens = body["messages"]!.AsArray().Sum(m => Tokenizer.CountTokens(RecordedRequest.ContentOf(m!["content"])));
        var request = new RecordedRequest(
            Interlocked.Increment(ref _count) - 1,
            receivedAt,
            deployment,
            context.Request.Query["api-version"].FirstOrDefault(),
            context.Request.Headers["api-key"].FirstOrDefault(),
            context.Request.Headers.Authorization.FirstOrDefault(),
            body,
            promptTokens);
        _requests.Enqueue(request);

        var reply = Respond(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(reply.Body);
    }
}
