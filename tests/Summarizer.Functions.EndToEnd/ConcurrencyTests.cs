using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;

namespace Summarizer.Functions.EndToEnd;

[Collection(WorkerCollection.Name)]
public sealed class ConcurrencyTests(WorkerFixture fixture)
{
    private readonly WorkerHost _worker = fixture.Worker;

    [Fact]
    public async Task ThirtyTwoConcurrentCallsEachGetTheirOwnAnswer()
    {
        // Each invocation id pairs one HTTP request with one InvocationRequest; crossed pairs would swap answers.
        // Half summarise the sample, half the orchard text, all at once.
        var texts = Enumerable.Range(0, 32).Select(i => i % 2 == 0 ? Articles.Sample : Articles.Orchard).ToArray();

        var answers = await Task.WhenAll(texts.Select(text =>
            _worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize?sentences=2", Articles.Text(text))));

        var expected = new Dictionary<string, string>();
        foreach (var (text, answer) in texts.Zip(answers))
        {
            Expect.Status(answer, 200);
            var summary = answer.Json().GetProperty("summary").GetString()!;
            Assert.Contains(summary.Split(' ')[0], text, StringComparison.Ordinal);
            // The engine is deterministic: every answer for the same text is the same summary.
            Assert.Equal(expected.TryAdd(text, summary) ? summary : expected[text], summary);
        }

        Assert.Equal(2, expected.Values.Distinct().Count());
    }
}
