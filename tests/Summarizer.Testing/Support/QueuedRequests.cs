using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Summarizer.Storage.Queueing;

namespace Summarizer.Testing;

/// <summary>What a sweep left on a request queue, read back the way the app's queue function reads it.</summary>
public static class QueuedRequests
{
    /// <summary>Receives every request waiting on <paramref name="queue"/> (hidden for an hour), decoded, in name order.</summary>
    public static async Task<IReadOnlyList<SummarizeRequest>> ReceiveAllAsync(QueueClient queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var found = new List<SummarizeRequest>();
        QueueMessage[] page;
        do
        {
            page = await queue.ReceiveMessagesAsync(32, TimeSpan.FromHours(1));
            found.AddRange(page.Select(m => SummarizeRequest.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText)))));
        }
        while (page.Length > 0);

        return [.. found.OrderBy(r => r.Name, StringComparer.Ordinal)];
    }
}
