using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>The app's identity holds the five roles it needs, each on the one resource it needs it for, and no more.</summary>
public sealed class RoleAssignmentTests
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string CognitiveServicesOpenAIUser = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageQueueDataMessageSender = "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a";
    private const string UserPrincipalId = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RoleAssignments_EitherLayout_GrantTheAppExactlyItsFiveRoles(bool vnetEnabled)
    {
        // Private networking changes how the app reaches storage and Azure OpenAI, never what it may do there.
        var snapshot = DeploymentSnapshot.ForLayout(vnetEnabled);
        var granted = snapshot.OfType(ResourceTypes.RoleAssignment)
            .Select(assignment => $"{RoleId(assignment)} on {Scope(assignment)}")
            .Order(StringComparer.Ordinal);

        var expected = new[]
        {
            $"{StorageBlobDataOwner} on {snapshot.Id(ResourceTypes.StorageAccount)}",
            $"{StorageQueueDataContributor} on {snapshot.Id(ResourceTypes.StorageAccount)}",
            // The host's diagnostic events (the portal's "Diagnose and solve problems" reads them) go to tables.
            $"{StorageTableDataContributor} on {snapshot.Id(ResourceTypes.StorageAccount)}",
            $"{CognitiveServicesOpenAIUser} on {snapshot.Id(ResourceTypes.CognitiveServicesAccount)}",
            $"{MonitoringMetricsPublisher} on {snapshot.Id(ResourceTypes.ApplicationInsights)}",
        }.Order(StringComparer.Ordinal);

        Assert.Equal(expected, granted);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RoleAssignments_EitherLayout_AllGoToTheAppIdentityAsServicePrincipal(bool vnetEnabled)
    {
        var snapshot = DeploymentSnapshot.ForLayout(vnetEnabled);
        var identityId = snapshot.Id(ResourceTypes.UserAssignedIdentity);

        Assert.All(snapshot.OfType(ResourceTypes.RoleAssignment), assignment =>
        {
            JsonAssert.ReadsPropertyOf(identityId, "principalId", assignment["properties"]?["principalId"], (string)assignment["name"]!);
            JsonAssert.ValueEqual("ServicePrincipal", assignment["properties"]?["principalType"], "principal type");
        });
    }

    [Fact]
    public void RoleAssignments_WithPrincipalId_AlsoLetThatPersonUseTheBlobsAndEnqueueRequests()
    {
        var snapshot = DeploymentSnapshot.Create(new Dictionary<string, object> { ["principalId"] = UserPrincipalId });

        var forUser = snapshot.OfType(ResourceTypes.RoleAssignment)
            .Where(assignment => (string?)assignment["properties"]?["principalId"] == UserPrincipalId)
            .ToArray();

        Assert.Equal(7, snapshot.OfType(ResourceTypes.RoleAssignment).Count());
        Assert.Equal([StorageBlobDataContributor, StorageQueueDataMessageSender], forUser.Select(RoleId).Order(StringComparer.Ordinal));
        Assert.All(forUser, assignment => Assert.Equal(snapshot.Id(ResourceTypes.StorageAccount), Scope(assignment)));
    }

    private static string RoleId(JsonObject assignment) =>
        ((string)assignment["properties"]!["roleDefinitionId"]!).Split('/')[^1];

    private static string Scope(JsonObject assignment)
    {
        var id = (string)assignment["id"]!;
        return id[..id.IndexOf("/providers/Microsoft.Authorization/roleAssignments/", StringComparison.OrdinalIgnoreCase)];
    }
}
