namespace Summarizer.Infra.Tests;

/// <summary>Telemetry goes to a workspace-based Application Insights component that accepts only Entra ID.</summary>
public sealed class MonitoringTests
{
    private static readonly DeploymentSnapshot Snapshot = DeploymentSnapshot.Default;

    [Fact]
    public void ApplicationInsights_IsWorkspaceBasedWithLocalAuthDisabled()
    {
        var properties = Snapshot.Single(ResourceTypes.ApplicationInsights)["properties"];

        JsonAssert.ValueEqual(true, properties?["DisableLocalAuth"], "DisableLocalAuth");
        JsonAssert.ValueEqual(Snapshot.Id(ResourceTypes.LogAnalyticsWorkspace), properties?["WorkspaceResourceId"], "workspace");
    }

    [Fact]
    public void LogAnalytics_HasLocalAuthDisabled()
    {
        var features = Snapshot.Single(ResourceTypes.LogAnalyticsWorkspace)["properties"]?["features"];

        JsonAssert.ValueEqual(true, features?["disableLocalAuth"], "disableLocalAuth");
    }
}
