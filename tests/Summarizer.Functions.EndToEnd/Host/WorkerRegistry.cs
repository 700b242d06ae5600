using System.Collections.Concurrent;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>Workers the host launched, by worker id; a stream from an id nobody launched is refused.</summary>
public sealed class WorkerRegistry
{
    private readonly ConcurrentDictionary<string, (WorkerLog Log, TaskCompletionSource<WorkerChannel> Connected)> _expected = new();

    /// <summary>Announces a worker about to be launched; the task completes when it opens its stream.</summary>
    public Task<WorkerChannel> Expect(string workerId, WorkerLog log)
    {
        var connected = new TaskCompletionSource<WorkerChannel>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_expected.TryAdd(workerId, (log, connected)))
        {
            throw new InvalidOperationException($"Worker id {workerId} is already in use.");
        }

        return connected.Task;
    }

    internal WorkerChannel Connect(string workerId)
    {
        if (!_expected.TryGetValue(workerId, out var expected))
        {
            throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.PermissionDenied, $"Unknown worker id '{workerId}'."));
        }

        var channel = new WorkerChannel(workerId, expected.Log);
        if (!expected.Connected.TrySetResult(channel))
        {
            throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.AlreadyExists, $"Worker '{workerId}' is already connected."));
        }

        return channel;
    }
}
