using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The reconciliation sweep and its queue: the queue and its poison queue exist, the app's timer gets its schedule
/// (hourly unless the deployment says otherwise; an empty schedule switches the function off through the host's
/// <c>AzureWebJobs.SweepArticles.Disabled</c>), and the app's identity may work the queue.
/// </summary>
public sealed class QueueFanOutTests
{
    [Fact]
    public void Queues_SummarizeRequestsAndItsPoisonQueue_AreDeclared()
    {
        var queues = DeploymentSnapshot.Default.OfType(ResourceTypes.Queue);

        Assert.Equal(["summarize-requests", "summarize-requests-poison"],
            queues.Select(queue => ((string)queue["name"]!).Split('/')[^1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SweepSchedule_ByDefault_IsHourly()
    {
        JsonAssert.ValueEqual("0 0 * * * *", Settings(DeploymentSnapshot.Default)["Summarizer__SweepSchedule"], "Summarizer__SweepSchedule");
    }

    [Theory]
    [InlineData("0 */15 * * * *", "0 */15 * * * *", "false")]
    [InlineData("", "0 0 * * * *", "true")]
    public void SweepSchedule_Parameter_ReachesTheHostAsScheduleAndSwitch(string parameter, string schedule, string disabled)
    {
        var snapshot = DeploymentSnapshot.Create(new Dictionary<string, object> { ["sweepSchedule"] = parameter });

        // The host fails a timer whose schedule setting is empty, so "no sweep" is the host's Disabled switch instead.
        JsonAssert.ValueEqual(schedule, Settings(snapshot)["Summarizer__SweepSchedule"], "Summarizer__SweepSchedule");
        JsonAssert.ValueEqual(disabled, Settings(snapshot)["AzureWebJobs.SweepArticles.Disabled"], "AzureWebJobs.SweepArticles.Disabled");
    }

    private static JsonObject Settings(DeploymentSnapshot snapshot) =>
        Assert.Single(snapshot.OfType(ResourceTypes.SiteConfig), resource => ((string)resource["name"]!).EndsWith("/appsettings", StringComparison.Ordinal))["properties"]!.AsObject();
}
