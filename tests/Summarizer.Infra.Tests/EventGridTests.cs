namespace Summarizer.Infra.Tests;

/// <summary>The storage account publishes its events through a system topic the post-deploy hook subscribes to.</summary>
public sealed class EventGridTests
{
    private static readonly DeploymentSnapshot Snapshot = DeploymentSnapshot.Default;

    [Fact]
    public void SystemTopic_PublishesTheStorageAccountsEvents()
    {
        var topic = Snapshot.Single(ResourceTypes.EventGridSystemTopic);

        JsonAssert.ValueEqual(Snapshot.Id(ResourceTypes.StorageAccount), topic["properties"]?["source"], "source");
        JsonAssert.ValueEqual("Microsoft.Storage.StorageAccounts", topic["properties"]?["topicType"], "topic type");
        JsonAssert.ValueEqual((string)Snapshot.Single(ResourceTypes.StorageAccount)["location"]!, topic["location"], "region");
    }

    [Fact]
    public void Template_LeavesTheSubscriptionToThePostDeployHook()
    {
        // The webhook needs the host's blobs_extension key, which does not exist at provisioning time; a subscription
        // declared here could only carry a wrong key.
        Assert.DoesNotContain(
            Snapshot.Resources,
            resource => ((string)resource["type"]!).Contains("eventSubscriptions", StringComparison.OrdinalIgnoreCase));
    }
}
