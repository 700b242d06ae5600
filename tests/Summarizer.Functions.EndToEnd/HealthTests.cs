using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;

namespace Summarizer.Functions.EndToEnd;

[Collection(WorkerCollection.Name)]
public sealed class HealthTests(WorkerFixture fixture)
{
    private readonly WorkerHost _worker = fixture.Worker;

    [Fact]
    public async Task HealthIsHealthyWithStorageUp()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Get, "/api/health");

        Assert.True(answer is { Status: 200, InvocationSucceeded: true }, answer.ToString());
        Assert.StartsWith("application/json", answer.ContentType);
        Assert.Equal("healthy", answer.Json().GetProperty("status").GetString());
    }
}
