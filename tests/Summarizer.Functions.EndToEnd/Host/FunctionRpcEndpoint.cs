using Grpc.Core;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// The gRPC service the worker dials: its first message must be <c>StartStream</c> naming the worker id it was
/// launched with; the stream then belongs to that worker's <see cref="WorkerChannel"/> until it closes.
/// </summary>
public sealed class FunctionRpcEndpoint(WorkerRegistry workers) : FunctionRpc.FunctionRpcBase
{
    public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(context);
        if (!await requestStream.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var first = requestStream.Current;
        if (first.ContentCase != StreamingMessage.ContentOneofCase.StartStream)
        {
            throw new Grpc.Core.RpcException(new Status(StatusCode.InvalidArgument, $"Expected StartStream first, got {first.ContentCase}."));
        }

        var channel = workers.Connect(first.StartStream.WorkerId);
        await channel.RunAsync(requestStream, responseStream, context.CancellationToken).ConfigureAwait(false);
    }
}
