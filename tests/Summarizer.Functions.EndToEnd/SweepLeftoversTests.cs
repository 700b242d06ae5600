using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Summarizer.Storage.Queueing;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// The timer sweep, fired through the built worker, over articles no run can help: a name Azurite cannot list (a
/// control character: every listing that includes it comes back as something that is not XML), and a name no result
/// can be stored under (<c>invalid_name</c>). Neither may fail the sweep or fill the queue for ever. Each test removes
/// what it added, since the collection shares the app's containers and queue.
/// </summary>
[Collection(QueueWorkersCollection.Name)]
public sealed class SweepLeftoversTests(QueueWorkersFixture fixture)
{
    private readonly QueueClient _queue = fixture.Queues.GetQueueClient(SummarizeRequests.QueueName);

    [Fact]
    public async Task Sweep_ArticleNameAzuriteCannotList_SucceedsWithOneLineAndNoStackTrace()
    {
        var odd = $"a\u0001{Guid.NewGuid():N}.txt";
        await fixture.Articles.GetBlobClient(odd).UploadAsync(BinaryData.FromString("A story under an odd name."));
        var mark = fixture.Workers[0].Log.Lines().Count;
        try
        {
            var fired = await fixture.Workers[0].FireTimerAsync("SweepArticles");

            Assert.True(fired.Result.Status == StatusResult.Types.Status.Success, $"{fired.Result}\n{fixture.Workers[0].Log.Tail()}");
            var lines = fixture.Workers[0].Log.Lines().Skip(mark).ToList();
            Assert.Single(lines, l => l.Contains("Sweep: storage_unreadable: The listing of articles stopped after", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("XmlException", StringComparison.Ordinal));
        }
        finally
        {
            await fixture.Articles.GetBlobClient(odd).DeleteIfExistsAsync();
            await ClearQueueAsync();
        }
    }

    [Fact]
    public async Task Sweep_ArticleWhoseNameCannotHoldAResult_CountedAndNeverEnqueued()
    {
        var tooLong = "invalid/" + new string('n', 1010) + ".txt";
        await fixture.Articles.GetBlobClient(tooLong).UploadAsync(BinaryData.FromString("A story nobody can summarise under this name."));
        var mark = fixture.Workers[0].Log.Lines().Count;
        try
        {
            await ClearQueueAsync();
            foreach (var _ in new[] { 1, 2 })
            {
                var fired = await fixture.Workers[0].FireTimerAsync("SweepArticles");
                Assert.True(fired.Result.Status == StatusResult.Types.Status.Success, $"{fired.Result}\n{fixture.Workers[0].Log.Tail()}");
            }

            Assert.DoesNotContain(await QueuedNamesAsync(), n => n == tooLong);
            var swept = fixture.Workers[0].Log.Lines().Skip(mark).Where(l => l.Contains("Sweep listed ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, swept.Count);
            Assert.All(swept, l => Assert.Contains(", 1 with names no result can be stored under (invalid_name, not enqueued)", l, StringComparison.Ordinal));
        }
        finally
        {
            await fixture.Articles.GetBlobClient(tooLong).DeleteIfExistsAsync();
            await ClearQueueAsync();
        }
    }

    private async Task<List<string>> QueuedNamesAsync()
    {
        if (!(await _queue.ExistsAsync()).Value)
        {
            return [];
        }

        PeekedMessage[] peeked = await _queue.PeekMessagesAsync(32);
        return [.. peeked.Select(m => SummarizeRequest.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))).Name)];
    }

    private async Task ClearQueueAsync()
    {
        if ((await _queue.ExistsAsync()).Value)
        {
            await _queue.ClearMessagesAsync();
        }
    }
}
