using System.Diagnostics;
using System.Net;
using Azure.Storage.Blobs;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// A stand-in for the Azure Functions host that runs one worker process over the host's gRPC protocol: launch, the
/// <c>EventStream</c> handshake (init, worker indexing, one load per function), then invocations by trigger, and
/// <c>WorkerTerminate</c> on dispose. Everything the worker printed or logged is in <see cref="Log"/>.
/// </summary>
public sealed class WorkerHost : IAsyncDisposable
{
    /// <summary>Header that pairs a proxied HTTP request with its <c>InvocationRequest</c>.</summary>
    public const string InvocationIdHeader = "x-ms-invocation-id";

    /// <summary>The route prefix from host.json (<c>extensions.http.routePrefix</c>).</summary>
    public const string RoutePrefix = "api";

    private static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(90);

    private readonly RpcServer _server;
    private readonly bool _ownsServer;
    private readonly WorkerProcess _process;
    private readonly WorkerChannel _channel;
    private readonly IReadOnlyDictionary<string, string> _appSettings;
    private readonly HttpClient _http;

    private WorkerHost(RpcServer server, bool ownsServer, WorkerProcess process, WorkerChannel channel, WorkerLog log,
        IReadOnlyDictionary<string, string> appSettings, Uri httpUri, FunctionCatalog functions)
    {
        (_server, _ownsServer, _process, _channel, Log, _appSettings, HttpUri, Functions) = (server, ownsServer, process, channel, log, appSettings, httpUri, functions);
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = 256,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
    }

    public WorkerLog Log { get; }

    /// <summary>The worker's own HTTP endpoint (its <c>HttpUri</c> capability), where the host proxies HTTP triggers.</summary>
    public Uri HttpUri { get; }

    public FunctionCatalog Functions { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The worker's operating-system process id, to watch its memory.</summary>
    public int ProcessId => _process.Id;

    public Task<int> Exited => _process.Exited;

    /// <summary>Throws, with the worker's output, if the worker process has exited.</summary>
    public void EnsureRunning()
    {
        if (_process.HasExited)
        {
            throw new WorkerFailedException($"The worker exited with code {_process.Exited.Result}.\nWorker output:\n{Log.Tail()}");
        }
    }

    /// <summary>Launches the worker with these app settings and completes once every function has loaded.</summary>
    /// <param name="server">A host endpoint shared by several workers; by default the worker gets its own.</param>
    /// <param name="workerAssembly">Another build of the worker (a benchmark's variant); by default this build's.</param>
    public static async Task<WorkerHost> StartAsync(IReadOnlyDictionary<string, string> appSettings, RpcServer? server = null, TimeSpan? startTimeout = null,
        string? workerAssembly = null)
    {
        workerAssembly ??= FunctionsBuildOutput.WorkerAssembly;
        ArgumentNullException.ThrowIfNull(appSettings);
        var ownsServer = server is null;
        server ??= await RpcServer.StartAsync().ConfigureAwait(false);
        var log = new WorkerLog();
        var workerId = Guid.NewGuid().ToString();
        var connected = server.Workers.Expect(workerId, log);
        var process = WorkerProcess.Start(workerAssembly, server.Port, workerId, Guid.NewGuid().ToString(), appSettings, log);
        var deadline = Stopwatch.StartNew();
        var timeout = startTimeout ?? DefaultStartTimeout;
        try
        {
            var channel = await WaitAsync(connected, process, log, "the worker to open its event stream", timeout).ConfigureAwait(false);
            var appDirectory = Path.GetDirectoryName(workerAssembly)!;

            var init = new WorkerInitRequest { HostVersion = "4.0.0-summarizer-tests", WorkerDirectory = appDirectory, FunctionAppDirectory = appDirectory };
            var initReply = (await WaitAsync(channel.RequestAsync(new StreamingMessage { WorkerInitRequest = init }, WorkerChannel.InitKey),
                process, log, "WorkerInitResponse", timeout - deadline.Elapsed).ConfigureAwait(false)).WorkerInitResponse;
            EnsureSuccess(initReply.Result, "worker init", log);
            if (!initReply.Capabilities.TryGetValue("HttpUri", out var httpUri))
            {
                throw new InvalidOperationException($"The worker reported no HttpUri capability (is the ASP.NET Core integration on?).\n{log.Tail()}");
            }

            var metadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory };
            var metadata = (await WaitAsync(channel.RequestAsync(new StreamingMessage { FunctionsMetadataRequest = metadataRequest }, WorkerChannel.MetadataKey),
                process, log, "FunctionMetadataResponse", timeout - deadline.Elapsed).ConfigureAwait(false)).FunctionMetadataResponse;
            EnsureSuccess(metadata.Result, "worker indexing", log);
            if (metadata.UseDefaultMetadataIndexing)
            {
                throw new InvalidOperationException($"The worker asked the host to index functions.metadata itself; the app is built for worker indexing.\n{log.Tail()}");
            }

            var functions = await LoadAsync(channel, process, log, metadata.FunctionMetadataResults, appSettings, timeout - deadline.Elapsed).ConfigureAwait(false);

            // The worker reports its HTTP address at init, before its web server has started (the app's own start-up
            // work runs in between): wait until it accepts connections, so a test's first request does not race it.
            await WaitAsync(WaitUntilListeningAsync(new Uri(httpUri)), process, log, $"the worker to listen on {httpUri}", timeout - deadline.Elapsed).ConfigureAwait(false);
            return new WorkerHost(server, ownsServer, process, channel, log, appSettings, new Uri(httpUri), new FunctionCatalog(functions));
        }
        catch
        {
            process.Dispose();
            if (ownsServer)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// Sends an HTTP request the way the host proxies it: to the worker's HTTP endpoint with the invocation id header,
    /// and at the same time the matching <c>InvocationRequest</c>. The function is found from the route and method.
    /// </summary>
    /// <param name="pathAndQuery">As a client calls the app, e.g. <c>/api/summaries/news/a%20b.txt?x=1</c>.</param>
    public async Task<HttpAnswer> InvokeHttpAsync(HttpMethod method, string pathAndQuery, HttpContent? content = null,
        IReadOnlyDictionary<string, string>? headers = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        var uri = new Uri(HttpUri, pathAndQuery);
        var path = PathString.FromUriComponent(uri).Value ?? "/";
        var prefix = "/" + RoutePrefix + "/";
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !Functions.TryMatchHttp(method.Method, path[prefix.Length..], out var function, out var routeValues))
        {
            throw new ArgumentException($"No function serves {method} {path} (the host would answer 404 without calling the worker).", nameof(pathAndQuery));
        }

        using var request = new HttpRequestMessage(method, uri) { Content = content };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        var invocationId = Guid.NewGuid().ToString();
        request.Headers.Add(InvocationIdHeader, invocationId);
        var (input, metadata) = TriggerData.Http(routeValues, QueryOf(uri), HeadersOf(request));

        var clock = Stopwatch.StartNew();
        var invocation = InvokeAsync(function, input, metadata, invocationId, timeout);
        HttpResponseMessage response;
        try
        {
            response = await WaitAsync(_http.SendAsync(request), _process, Log, $"the HTTP answer of {function.Name}", timeout ?? DefaultCallTimeout).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            // A request cut off mid-way usually means the worker is going down: say so rather than "connection reset".
            await Task.WhenAny(_process.Exited, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
            var why = _process.HasExited ? $"the worker exited with code {_process.Exited.Result}" : ex.Message;
            throw new WorkerFailedException($"{method} {uri} failed: {why}\nWorker output:\n{Log.Tail()}", ex);
        }

        using var disposeResponse = response;
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        var result = await invocation.ConfigureAwait(false);
        return new HttpAnswer((int)response.StatusCode, HeadersOf(response), body, result, elapsed);
    }

    /// <summary>Tells the worker that <paramref name="blobName"/> was created, as an Event Grid blob trigger does.</summary>
    public Task<InvocationResponse> FireBlobCreatedAsync(string container, string blobName, TimeSpan? timeout = null)
    {
        var function = Functions.BlobTriggerFor(container);
        var connection = function.TriggerProperty("connection")
            ?? throw new InvalidOperationException($"{function.Name} names no storage connection setting.");
        if (!_appSettings.TryGetValue(connection, out var connectionString))
        {
            throw new InvalidOperationException($"The app settings have no '{connection}' connection string for {function.Name}.");
        }

        var blobUri = new BlobServiceClient(connectionString).GetBlobContainerClient(container).GetBlobClient(blobName).Uri;
        var (input, metadata) = TriggerData.BlobCreated(connection, container, blobName, blobUri, function.TriggerProperty("path")!);
        return InvokeAsync(function, input, metadata, timeout: timeout);
    }

    /// <summary>Fires a timer-triggered function as the host does when its schedule comes due (never when it is disabled).</summary>
    public Task<InvocationResponse> FireTimerAsync(string functionName, TimeSpan? timeout = null)
    {
        var function = Functions[functionName];
        return function.IsDisabled
            ? throw new InvalidOperationException($"{functionName} is disabled by its AzureWebJobs.{functionName}.Disabled setting; the host never fires it.")
            : InvokeAsync(function, TriggerData.Timer(), new Dictionary<string, TypedData>(), timeout: timeout);
    }

    /// <summary>Invokes any function with its trigger's input and metadata, and returns the worker's response.</summary>
    public async Task<InvocationResponse> InvokeAsync(LoadedFunction function, TypedData triggerInput,
        IReadOnlyDictionary<string, TypedData> triggerMetadata, string? invocationId = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(triggerMetadata);
        var request = new InvocationRequest
        {
            InvocationId = invocationId ?? Guid.NewGuid().ToString(),
            FunctionId = function.FunctionId,
            TraceContext = TriggerData.NewTraceContext(),
        };
        request.InputData.Add(new ParameterBinding { Name = function.TriggerName, Data = triggerInput });
        foreach (var (name, value) in triggerMetadata)
        {
            request.TriggerMetadata[name] = value;
        }

        request.TriggerMetadata["sys"] = TriggerData.Json(new Dictionary<string, string>
        {
            ["MethodName"] = function.Name,
            ["UtcNow"] = DateTime.UtcNow.ToString("O"),
            ["RandGuid"] = Guid.NewGuid().ToString(),
        });

        var reply = _channel.RequestAsync(new StreamingMessage { InvocationRequest = request }, WorkerChannel.InvocationKey(request.InvocationId));
        return (await WaitAsync(reply, _process, Log, $"the InvocationResponse of {function.Name}", timeout ?? DefaultCallTimeout).ConfigureAwait(false)).InvocationResponse;
    }

    /// <summary>Sends <c>WorkerTerminate</c>, waits for the worker to stop (killing it after the grace period), then closes the endpoint.</summary>
    public async ValueTask DisposeAsync()
    {
        var grace = TimeSpan.FromSeconds(5);
        if (!_process.HasExited)
        {
            try
            {
                _channel.Send(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Duration.FromTimeSpan(grace) } });
            }
            catch (InvalidOperationException)
            {
                // The stream is already closed; stopping the process is all that is left.
            }
        }

        await _process.StopAsync(grace + TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        // SUMMARIZER_E2E_LOGS=folder keeps every worker's output after the run (CI artefacts, debugging a pass).
        if (Environment.GetEnvironmentVariable("SUMMARIZER_E2E_LOGS") is { Length: > 0 } logFolder)
        {
            Directory.CreateDirectory(logFolder);
            await File.WriteAllLinesAsync(Path.Combine(logFolder, $"worker-{_process.Id}.log"), Log.Lines()).ConfigureAwait(false);
        }

        _process.Dispose();
        _http.Dispose();
        if (_ownsServer)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<List<LoadedFunction>> LoadAsync(WorkerChannel channel, WorkerProcess process, WorkerLog log,
        IEnumerable<RpcFunctionMetadata> indexed, IReadOnlyDictionary<string, string> appSettings, TimeSpan timeout)
    {
        var loads = new List<(LoadedFunction Function, Task<StreamingMessage> Reply)>();
        foreach (var metadata in indexed)
        {
            EnsureSuccess(metadata.Status, $"indexing {metadata.Name}", log, allowMissing: true);
            var functionId = string.IsNullOrEmpty(metadata.FunctionId) ? Guid.NewGuid().ToString() : metadata.FunctionId;
            var toLoad = metadata.Clone();
            toLoad.FunctionId = functionId;
            var reply = channel.RequestAsync(new StreamingMessage { FunctionLoadRequest = new FunctionLoadRequest { FunctionId = functionId, Metadata = toLoad } },
                WorkerChannel.LoadKey(functionId));
            loads.Add((new LoadedFunction(functionId, toLoad, appSettings), reply));
        }

        // The worker answers loads in whatever order it finishes them; each reply names its function id.
        await WaitAsync(Task.WhenAll(loads.Select(l => l.Reply)), process, log, "FunctionLoadResponses", timeout).ConfigureAwait(false);
        foreach (var (function, reply) in loads)
        {
            EnsureSuccess((await reply.ConfigureAwait(false)).FunctionLoadResponse.Result, $"loading {function.Name}", log);
        }

        return [.. loads.Select(l => l.Function)];
    }

    private static async Task WaitUntilListeningAsync(Uri httpUri)
    {
        while (true)
        {
            using var probe = new System.Net.Sockets.TcpClient();
            try
            {
                await probe.ConnectAsync(httpUri.Host, httpUri.Port).ConfigureAwait(false);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(50).ConfigureAwait(false);
            }
        }
    }

    private static void EnsureSuccess(StatusResult? result, string step, WorkerLog log, bool allowMissing = false)
    {
        if (result is null && allowMissing)
        {
            return;
        }

        if (result?.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException($"The worker failed {step}: {result?.Status} {result?.Exception?.Message}\n{log.Tail()}");
        }
    }

    // Waits for a reply, but not past the timeout and not after the worker died: either ends with the worker's output.
    private static async Task<T> WaitAsync<T>(Task<T> reply, WorkerProcess process, WorkerLog log, string what, TimeSpan timeout)
    {
        var finished = await Task.WhenAny(reply, process.Exited, Task.Delay(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero)).ConfigureAwait(false);
        if (finished == reply)
        {
            return await reply.ConfigureAwait(false);
        }

        var why = finished == process.Exited
            ? $"the worker exited with code {process.Exited.Result} while waiting for {what}"
            : $"no {what} within {timeout.TotalSeconds:0} s";
        throw new WorkerFailedException($"{why}.\nWorker output:\n{log.Tail()}");
    }

    private static async Task WaitAsync(Task reply, WorkerProcess process, WorkerLog log, string what, TimeSpan timeout) =>
        await WaitAsync(reply.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), process, log, what, timeout).ConfigureAwait(false);

    private static Dictionary<string, string> QueryOf(Uri uri) =>
        QueryHelpers.ParseQuery(uri.Query).ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> HeadersOf(HttpRequestMessage request) =>
        Flatten(request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()));

    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response) =>
        Flatten(response.Headers.Concat(response.Content.Headers));

    private static Dictionary<string, string> Flatten(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        var flat = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            flat[name] = string.Join(", ", values);
        }

        return flat;
    }
}

/// <summary>The worker died or stopped answering; the message carries what it printed.</summary>
public sealed class WorkerFailedException : Exception
{
    public WorkerFailedException(string message)
        : base(message)
    {
    }

    public WorkerFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
