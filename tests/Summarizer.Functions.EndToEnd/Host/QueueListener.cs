using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// The host's queue trigger, played for one or more workers (each one an app instance polling on its own): receive a
/// batch, decode each message as host.json's <c>messageEncoding</c> says, invoke the worker's queue function with the
/// text and the trigger metadata the host sends (<c>DequeueCount</c>, <c>Id</c>, <c>InsertionTime</c>, ...), delete
/// the message on success, make it visible again after <c>visibilityTimeout</c> on failure, and move it to
/// <c>{queue}-poison</c> when a failed try was its <c>maxDequeueCount</c>-th.
/// </summary>
public sealed class QueueListener(QueueServiceClient service, string queueName, QueueSettings settings)
{
    private static readonly TimeSpan ReceiveVisibility = TimeSpan.FromMinutes(5);
    private readonly QueueClient _queue = service.GetQueueClient(queueName);
    private readonly QueueClient _poison = service.GetQueueClient(queueName + "-poison");
    private readonly ConcurrentQueue<(string Worker, InvocationResponse Response)> _invocations = new();

    /// <summary>Every invocation made so far, with the worker's response.</summary>
    public IReadOnlyCollection<(string Worker, InvocationResponse Response)> Invocations => _invocations;

    /// <summary>
    /// Runs every worker's listener until the queue is empty (no message left, visible or not) and nothing is in
    /// flight; throws if that takes longer than <paramref name="timeout"/>.
    /// </summary>
    public async Task DrainAsync(IReadOnlyList<WorkerHost> workers, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(workers);
        using var stop = new CancellationTokenSource(timeout);
        var inFlight = new StrongBox<int>(0);
        var loops = workers.Select((worker, index) => Task.Run(() => ListenAsync(worker, $"worker{index}", inFlight, stop.Token)));
        try
        {
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            throw new TimeoutException($"The queue {queueName} was not drained within {timeout.TotalSeconds:0} s.");
        }
    }

    private async Task ListenAsync(WorkerHost worker, string name, StrongBox<int> inFlight, CancellationToken stop)
    {
        var function = worker.Functions.QueueTriggerFor(queueName);
        while (true)
        {
            stop.ThrowIfCancellationRequested();
            worker.EnsureRunning();
            QueueMessage[] batch = await _queue.ReceiveMessagesAsync(settings.BatchSize, ReceiveVisibility, stop).ConfigureAwait(false);
            if (batch.Length == 0)
            {
                if (Volatile.Read(ref inFlight.Value) == 0 && await IsEmptyAsync(stop).ConfigureAwait(false))
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), stop).ConfigureAwait(false);
                continue;
            }

            Interlocked.Add(ref inFlight.Value, batch.Length);
            try
            {
                await Task.WhenAll(batch.Select(message => ProcessAsync(worker, name, function, message, stop))).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Add(ref inFlight.Value, -batch.Length);
            }
        }
    }

    private async Task ProcessAsync(WorkerHost worker, string name, LoadedFunction function, QueueMessage message, CancellationToken stop)
    {
        var succeeded = false;
        if (Decode(message) is { } text)
        {
            var response = await worker.InvokeAsync(function, TriggerData.String(text), TriggerData.QueueMessage(message, text),
                timeout: settings.FunctionTimeout).ConfigureAwait(false);
            _invocations.Enqueue((name, response));
            succeeded = response.Result.Status == StatusResult.Types.Status.Success;
        }

        if (succeeded)
        {
            await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stop).ConfigureAwait(false);
        }
        else if (message.DequeueCount >= settings.MaxDequeueCount)
        {
            // As the host does: the poison queue gets the message as it was stored, then the original goes.
            await _poison.CreateIfNotExistsAsync(cancellationToken: stop).ConfigureAwait(false);
            await _poison.SendMessageAsync(message.MessageText, stop).ConfigureAwait(false);
            await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stop).ConfigureAwait(false);
        }
        else
        {
            await _queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: stop).ConfigureAwait(false);
        }
    }

    // A body that is not Base64 when the host expects it fails the binding: the try counts as failed.
    private string? Decode(QueueMessage message)
    {
        if (!settings.Base64)
        {
            return message.MessageText;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<bool> IsEmptyAsync(CancellationToken stop)
    {
        QueueProperties properties = await _queue.GetPropertiesAsync(stop).ConfigureAwait(false);
        return properties.ApproximateMessagesCount == 0;
    }
}
