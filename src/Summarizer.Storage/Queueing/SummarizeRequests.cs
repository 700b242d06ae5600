using System.Text;
using Azure.Storage.Queues;
using Summarizer.Storage.Blobs;

namespace Summarizer.Storage.Queueing;

/// <summary>
/// The queue the sweep and <c>summarizer process --enqueue</c> fill and the queue-triggered function drains
/// (<c>Summarizer__RequestsQueue</c>, <c>summarize-requests</c> by default; the trigger's binding names the same setting). Bodies go out Base64-encoded UTF-8 JSON whatever the client's own encoding setting, because that is
/// what the Functions queue extension expects by default (<c>extensions.queues.messageEncoding</c> is <c>base64</c>).
/// </summary>
public sealed class SummarizeRequests
{
    /// <summary>The queue's name unless <c>Summarizer__RequestsQueue</c> says otherwise.</summary>
    public const string QueueName = "summarize-requests";

    /// <summary>Where the host moves a message of the default queue after <c>maxDequeueCount</c> failed tries.</summary>
    public const string PoisonQueueName = QueueName + PoisonSuffix;

    /// <summary>The host's poison queue is the queue's name plus this.</summary>
    public const string PoisonSuffix = "-poison";

    private readonly QueueClient _queue;

    /// <summary>The queue <paramref name="queueName"/> of <paramref name="service"/>.</summary>
    public SummarizeRequests(QueueServiceClient service, string queueName = QueueName)
        : this((service ?? throw new ArgumentNullException(nameof(service))).GetQueueClient(queueName))
    {
    }

    /// <summary>Requests on <paramref name="queue"/> (tests give each their own queue).</summary>
    public SummarizeRequests(QueueClient queue) => _queue = queue ?? throw new ArgumentNullException(nameof(queue));

    /// <summary>The queue's address (no key).</summary>
    public Uri Uri => _queue.Uri;

    /// <summary>The queue's name.</summary>
    public string Name => _queue.Name;

    /// <summary>Creates the queue when it is missing (Azurite starts empty; in Azure the infrastructure creates it).</summary>
    public Task CreateIfMissingAsync(CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(_queue.Uri, () => _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken), cancellationToken);

    /// <summary>Sends one request.</summary>
    public Task SendAsync(SummarizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StorageFailure.GuardAsync(_queue.Uri, () => _queue.SendMessageAsync(Encode(request), cancellationToken), cancellationToken);
    }

    /// <summary>Sends every request, <paramref name="parallelism"/> at a time; returns how many were sent.</summary>
    public async Task<int> SendAllAsync(IEnumerable<SummarizeRequest> requests, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var sent = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(requests, parallel, async (request, ct) =>
        {
            await SendAsync(request, ct).ConfigureAwait(false);
            Interlocked.Increment(ref sent);
        }).ConfigureAwait(false);
        return sent;
    }

    /// <summary>The message text as it is stored: Base64 of the UTF-8 JSON.</summary>
    public static string Encode(SummarizeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(request.ToJson()));
    }
}
