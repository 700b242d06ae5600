using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// The host's gRPC endpoint on 127.0.0.1 and a free port. Plain-text HTTP/2 needs <c>Protocols = Http2</c>: without
/// TLS there is no protocol negotiation, and Kestrel's default (HTTP/1.1 and 2) would answer the worker in HTTP/1.1.
/// </summary>
public sealed class RpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RpcServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
        Workers = app.Services.GetRequiredService<WorkerRegistry>();
    }

    public int Port { get; }

    public WorkerRegistry Workers { get; }

    public static async Task<RpcServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton<WorkerRegistry>();
        builder.Services.AddGrpc(grpc =>
        {
            // The worker is launched with --grpcMaxMessageLength 2147483647; the host side must not be smaller.
            grpc.MaxReceiveMessageSize = null;
            grpc.MaxSendMessageSize = null;
        });
        var app = builder.Build();
        app.MapGrpcService<FunctionRpcEndpoint>();
        await app.StartAsync().ConfigureAwait(false);

        var address = ((IApplicationBuilder)app).ServerFeatures.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new RpcServer(app, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
