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
        Assert.Equal("nosniff", answer.Header("X-Content-Type-Options"));
    }

    [Fact]
    public async Task AnonymousHealthShowsOnlyTheStatusAndDetailsNameTheContainers()
    {
        var anonymous = (await _worker.InvokeHttpAsync(HttpMethod.Get, "/api/health")).Json();
        var details = await _worker.InvokeHttpAsync(HttpMethod.Get, "/api/health/details");

        Assert.Equal(["status"], anonymous.EnumerateObject().Select(p => p.Name));
        Assert.True(details is { Status: 200, InvocationSucceeded: true }, details.ToString());
        var storage = details.Json().GetProperty("storage");
        Assert.Equal(2, storage.EnumerateObject().Count());
        Assert.All(storage.EnumerateObject(), container => Assert.Equal("ok", container.Value.GetString()));
    }
}
