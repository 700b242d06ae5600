using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// The triggers read their container and schedule from the app settings the host resolves, so a setting changes what
/// the host listens to, not only what the pipeline reads.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class AppSettingBindingTests(WorkerFixture fixture)
{
    [Fact]
    public async Task ArticlesContainer_NonDefault_AnArticleUploadedThereIsSummarised()
    {
        var inbox = $"inbox-{Guid.NewGuid():N}"[..20];
        var settings = AppSettings.For(fixture.Storage.ConnectionString);
        settings["Summarizer__ArticlesContainer"] = inbox;
        await using var worker = await WorkerHost.StartAsync(settings);
        var service = fixture.Storage.CreateServiceClient();
        var articles = service.GetBlobContainerClient(inbox);
        await articles.CreateIfNotExistsAsync();
        var name = Articles.UniqueName("orchard.txt");
        await articles.GetBlobClient(name).UploadAsync(BinaryData.FromString(Articles.Orchard));

        var trigger = await worker.FireBlobCreatedAsync(inbox, name);

        Assert.Equal(inbox + "/{name}", worker.Functions["SummarizeArticle"].TriggerProperty("path"));
        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{worker.Log.Tail()}");
        var summary = await worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name));
        Expect.Status(summary, 200);
        Assert.Contains("apple harvest", summary.Json().GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(await service.GetBlobContainerClient("summaries").GetBlobClient(name + ".json").ExistsAsync());
    }

    [Fact]
    public async Task SweepSchedule_SetAndDisabled_TheHostSchedulesTheSettingOrNothing()
    {
        var settings = AppSettings.For(fixture.Storage.ConnectionString);
        settings["Summarizer__SweepSchedule"] = "0 */5 * * * *";
        settings["AzureWebJobs.SweepArticles.Disabled"] = "true";
        await using var off = await WorkerHost.StartAsync(settings);

        Assert.Equal("0 */5 * * * *", off.Functions["SweepArticles"].TriggerProperty("schedule"));
        Assert.True(off.Functions["SweepArticles"].IsDisabled);
        Assert.False(off.Functions["SummarizeRequested"].IsDisabled);
        Assert.False(fixture.Worker.Functions["SweepArticles"].IsDisabled);
        await Assert.ThrowsAsync<InvalidOperationException>(() => off.FireTimerAsync("SweepArticles"));
    }
}
