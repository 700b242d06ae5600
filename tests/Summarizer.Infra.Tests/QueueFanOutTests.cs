using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The reconciliation sweep and its queue: the queue and its poison queue exist, the app's timer gets its schedule
/// (hourly unless the deployment says otherwise, off when empty), and the app's identity may work the queue.
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
    [InlineData("0 */15 * * * *")]
    [InlineData("")]
    public void SweepSchedule_Parameter_ReachesTheAppUnchanged(string schedule)
    {
        var snapshot = DeploymentSnapshot.Create(new Dictionary<string, object> { ["sweepSchedule"] = schedule });

        // Empty is meaningful: the app then leaves its timer function out, so no sweep runs.
        JsonAssert.ValueEqual(schedule, Settings(snapshot)["Summarizer__SweepSchedule"], "Summarizer__SweepSchedule");
    }

    private static JsonObject Settings(DeploymentSnapshot snapshot) =>
        Assert.Single(snapshot.OfType(ResourceTypes.SiteConfig), resource => ((string)resource["name"]!).EndsWith("/appsettings", StringComparison.Ordinal))["properties"]!.AsObject();
}
