using Summarizer.Testing;
using Summarizer.Testing.Web;

namespace Summarizer.Cli.Tests;

/// <summary>
/// <c>summarizer process</c> over a container holding a <c>.url</c> blob: the built tool fetches the page it names from
/// the local page server, under the same <c>Fetch__*</c> settings as the app (loopback allowed only through them).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProcessLinkTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly PageServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Process_ShortcutBlob_SummarisesThePage_LoopbackOnlyWhenTheSettingsAllowIt()
    {
        _server.Page("/harbour", "text/html; charset=utf-8", "<html><head><title>Channel to be dredged</title></head><body><p>"
            + TestArticles.Harbour + "</p></body></html>");
        var articles = await azurite.CreateContainerAsync("articles");
        var refused = azurite.CreateServiceClient().GetBlobContainerClient($"summaries-{Guid.NewGuid():N}");
        var allowed = azurite.CreateServiceClient().GetBlobContainerClient($"summaries-{Guid.NewGuid():N}");
        await articles.GetBlobClient("harbour.url").UploadAsync(TestArticles.Utf8($"[InternetShortcut]\r\nURL={_server.Url("/harbour").AbsoluteUri}\r\n"));

        var withoutSettings = await ProcessAsync(new Dictionary<string, string>(), articles.Name, refused.Name);
        var withSettings = await ProcessAsync(new Dictionary<string, string>
        {
            ["Fetch__AllowedHosts"] = "127.0.0.1",
            ["Fetch__AllowedPorts"] = $"80,443,{_server.Port}",
        }, articles.Name, allowed.Name);

        Assert.Contains("summarizer: harbour.url: url_not_allowed:", withoutSettings.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, withSettings.ExitCode);
        Assert.StartsWith("summarised 1, skipped 0, failed 0 new", withSettings.Stdout, StringComparison.Ordinal);
        var document = (await allowed.GetBlobClient("harbour.url.json").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"title\": \"Channel to be dredged\"", document, StringComparison.Ordinal);
        Assert.Contains("\"finalUrl\": \"" + _server.Url("/harbour").AbsoluteUri + "\"", document, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    private Task<CliProcess.Result> ProcessAsync(Dictionary<string, string> environment, string articles, string summaries) =>
        CliProcess.RunAsync(environment, "process", "--connection", azurite.ConnectionString, "--articles-container", articles,
            "--summaries-container", summaries);
}
