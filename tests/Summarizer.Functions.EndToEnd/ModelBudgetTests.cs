using System.Net;
using System.Net.Sockets;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// The worker configured for Azure OpenAI with an article budget (AzureOpenAI__MaxArticleTokens, which the Bicep
/// template derives from the deployment's quota): an article over it is refused before the model is asked anything.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class ModelBudgetTests(WorkerFixture fixture)
{
    [Fact]
    public async Task ArticleOverTheModelBudgetGets413AndTheModelEndpointIsNeverContacted()
    {
        using var model = new ConnectionCounter();
        var settings = AppSettings.For(fixture.Storage.ConnectionString);
        settings["Summarizer__Engine"] = "azure-openai";
        settings["AzureOpenAI__Endpoint"] = model.Endpoint;
        settings["AzureOpenAI__Deployment"] = "summarizer";
        settings["AzureOpenAI__ApiKey"] = "e2e-placeholder";
        settings["AzureOpenAI__MaxArticleTokens"] = "1000";
        await using var worker = await WorkerHost.StartAsync(settings);
        var article = string.Join("\n\n", Enumerable.Repeat(Articles.Sample, 6));

        var answer = await worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", Articles.Text(article));

        var problem = Expect.Problem(answer, 413, "input_too_large");
        Assert.Contains("at most 1000 tokens", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, model.Connections);
    }

    // Stands where the Azure OpenAI endpoint would be and counts who connects; any connection is a model call.
    private sealed class ConnectionCounter : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private int _connections;

        public ConnectionCounter()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public string Endpoint => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

        public int Connections => Volatile.Read(ref _connections);

        public void Dispose() => _listener.Dispose();

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    using var client = await _listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref _connections);
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }
    }
}
