using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>
/// infra/modules/alerts.bicep: a log alert on failing articles and one on degraded summaries, over the metric names the
/// app exports (Summarizer.Core.Telemetry), notifying an action group that e-mails the operator when one is given.
/// </summary>
public sealed class AlertTests
{
    private const string ScheduledQueryRule = "Microsoft.Insights/scheduledQueryRules";
    private const string ActionGroup = "Microsoft.Insights/actionGroups";
    private const string Email = "ops@example.com";

    private static readonly DeploymentSnapshot Snapshot = DeploymentSnapshot.Default;

    [Fact]
    public void FailureAlert_CountsFailedAndTransientArticlesAndFailedExecutionsAboveTheDefaultThreshold()
    {
        var criterion = Criterion(Rule(Snapshot, "failures"));

        var query = (string)criterion["query"]!;
        Assert.Contains("\"summarizer.articles\"", query, StringComparison.Ordinal);
        Assert.Contains("summarizer.outcome", query, StringComparison.Ordinal);
        Assert.Contains("\"failed\"", query, StringComparison.Ordinal);
        Assert.Contains("\"transient_failure\"", query, StringComparison.Ordinal);
        Assert.Contains("requests", query, StringComparison.Ordinal);
        Assert.Equal("failures", (string?)criterion["metricMeasureColumn"]);
        Assert.Equal("GreaterThan", (string?)criterion["operator"]);
        JsonAssert.ValueEqual(5, criterion["threshold"], "threshold");
    }

    [Fact]
    public void DegradedAlert_CountsDegradedSummariesAboveTheDefaultThreshold()
    {
        var criterion = Criterion(Rule(Snapshot, "degraded"));

        Assert.Contains("\"summarizer.degraded\"", (string)criterion["query"]!, StringComparison.Ordinal);
        Assert.Equal("degraded", (string?)criterion["metricMeasureColumn"]);
        JsonAssert.ValueEqual(10, criterion["threshold"], "threshold");
    }

    [Fact]
    public void Alerts_WatchTheApplicationInsightsComponentAndNotifyTheActionGroup()
    {
        var insights = Snapshot.Id(ResourceTypes.ApplicationInsights);
        var group = Snapshot.Id(ActionGroup);

        Assert.Equal(2, Snapshot.OfType(ScheduledQueryRule).Count());
        Assert.All(Snapshot.OfType(ScheduledQueryRule), rule =>
        {
            var properties = rule["properties"]!;
            Assert.Equal([insights], properties["scopes"]!.AsArray().Select(s => (string?)s));
            Assert.Equal([group], properties["actions"]!["actionGroups"]!.AsArray().Select(s => (string?)s));
            Assert.Equal(true, (bool?)properties["enabled"]);
            Assert.Equal((string?)properties["windowSize"], (string?)properties["evaluationFrequency"]);
        });
    }

    [Fact]
    public void ActionGroup_WithoutEmail_HasNoReceiver()
    {
        var receivers = Snapshot.Single(ActionGroup)["properties"]!["emailReceivers"]!.AsArray();

        Assert.Empty(receivers);
    }

    [Fact]
    public void Parameters_EmailAndThresholds_ReachTheAlerts()
    {
        var snapshot = DeploymentSnapshot.CreateShared(new Dictionary<string, object>
        {
            ["alertEmail"] = Email,
            ["alertFailureThreshold"] = 1,
            ["alertDegradedThreshold"] = 25,
        });

        var receiver = Assert.Single(snapshot.Single(ActionGroup)["properties"]!["emailReceivers"]!.AsArray());
        Assert.Equal(Email, (string?)receiver!["emailAddress"]);
        JsonAssert.ValueEqual(1, Criterion(Rule(snapshot, "failures"))["threshold"], "failure threshold");
        JsonAssert.ValueEqual(25, Criterion(Rule(snapshot, "degraded"))["threshold"], "degraded threshold");
    }

    private static JsonObject Rule(DeploymentSnapshot snapshot, string suffix) =>
        Assert.Single(snapshot.OfType(ScheduledQueryRule), rule => ((string)rule["name"]!).EndsWith("-" + suffix, StringComparison.Ordinal));

    private static JsonNode Criterion(JsonObject rule) =>
        Assert.Single(rule["properties"]!["criteria"]!["allOf"]!.AsArray())!;
}
