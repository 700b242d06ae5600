using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// One worker's end of the <c>EventStream</c>: sends host messages in order and pairs each reply with the request that
/// asked for it (init and metadata by kind, loads by function id, invocations by invocation id). Replies may come in
/// any order; logs go to the <see cref="WorkerLog"/>.
/// </summary>
public sealed class WorkerChannel(string workerId, WorkerLog log)
{
    private readonly Channel<StreamingMessage> _outgoing = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string WorkerId { get; } = workerId;

    /// <summary>Completes when the worker closes the stream (or the host stops).</summary>
    public Task Closed => _closed.Task;

    /// <summary>Sends <paramref name="message"/> and returns its reply, identified by <paramref name="replyKey"/>.</summary>
    public Task<StreamingMessage> RequestAsync(StreamingMessage message, string replyKey)
    {
        var reply = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.TryAdd(replyKey, reply))
        {
            throw new InvalidOperationException($"A request for '{replyKey}' is already waiting for its reply.");
        }

        Send(message);
        return reply.Task;
    }

    public void Send(StreamingMessage message)
    {
        message.RequestId = string.IsNullOrEmpty(message.RequestId) ? Guid.NewGuid().ToString() : message.RequestId;
        if (!_outgoing.Writer.TryWrite(message))
        {
            throw new InvalidOperationException("The worker's stream is closed.");
        }
    }

    public static string InvocationKey(string invocationId) => "invocation:" + invocationId;

    public static string LoadKey(string functionId) => "load:" + functionId;

    public const string InitKey = "init";

    public const string MetadataKey = "metadata";

    /// <summary>Runs the stream until either side ends it: one pump writes, this loop reads and dispatches.</summary>
    internal async Task RunAsync(IAsyncStreamReader<StreamingMessage> incoming, IServerStreamWriter<StreamingMessage> outgoing, CancellationToken cancellationToken)
    {
        var pump = PumpAsync(outgoing, cancellationToken);
        try
        {
            while (await incoming.MoveNext(cancellationToken).ConfigureAwait(false))
            {
                Dispatch(incoming.Current);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or Grpc.Core.RpcException or IOException)
        {
            log.Add("host", $"event stream ended: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            _outgoing.Writer.TryComplete();
            var closed = new IOException($"Worker {WorkerId} closed its event stream.");
            foreach (var key in _pending.Keys)
            {
                if (_pending.TryRemove(key, out var waiting))
                {
                    waiting.TrySetException(closed);
                }
            }

            _closed.TrySetResult();
        }

        try
        {
            await pump.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or Grpc.Core.RpcException or IOException or InvalidOperationException)
        {
            // The stream is gone; anything left unsent no longer matters.
        }
    }

    private async Task PumpAsync(IServerStreamWriter<StreamingMessage> outgoing, CancellationToken cancellationToken)
    {
        await foreach (var message in _outgoing.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await outgoing.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Dispatch(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.RpcLog:
                var entry = message.RpcLog;
                var exception = entry.Exception is { } e ? $" | {e.Type}: {e.Message}\n{e.StackTrace}" : "";
                log.Add($"rpc {entry.Level} {entry.Category}", entry.Message + exception);
                break;
            case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                Complete(InitKey, message);
                break;
            case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                Complete(MetadataKey, message);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                Complete(LoadKey(message.FunctionLoadResponse.FunctionId), message);
                break;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                Complete(InvocationKey(message.InvocationResponse.InvocationId), message);
                break;
            case StreamingMessage.ContentOneofCase.WorkerStatusRequest:
                Send(new StreamingMessage { RequestId = message.RequestId, WorkerStatusResponse = new WorkerStatusResponse() });
                break;
            default:
                log.Add("host", $"ignored worker message {message.ContentCase}");
                break;
        }
    }

    private void Complete(string key, StreamingMessage reply)
    {
        if (_pending.TryRemove(key, out var waiting))
        {
            waiting.TrySetResult(reply);
        }
        else
        {
            log.Add("host", $"unexpected reply {reply.ContentCase} for '{key}'");
        }
    }
}
