namespace Summarizer.Infra.Tests;

/// <summary>The storage account is reachable only over TLS 1.2+ HTTPS, only with Entra ID, and never anonymously.</summary>
public sealed class StorageTests
{
    private static readonly DeploymentSnapshot Snapshot = DeploymentSnapshot.Default;

    [Theory]
    [InlineData("allowSharedKeyAccess", false)]
    [InlineData("defaultToOAuthAuthentication", true)]
    [InlineData("minimumTlsVersion", "TLS1_2")]
    [InlineData("supportsHttpsTrafficOnly", true)]
    [InlineData("allowBlobPublicAccess", false)]
    [InlineData("allowCrossTenantReplication", false)]
    public void StorageAccount_SecuritySetting_HasSafeValue(string property, object expected)
    {
        var account = Snapshot.Single(ResourceTypes.StorageAccount);

        JsonAssert.ValueEqual(expected, account["properties"]?[property], property);
    }

    [Fact]
    public void Containers_ArticlesSummariesClaimsAndDeploymentPackage_AreAllPrivate()
    {
        var containers = Snapshot.OfType(ResourceTypes.BlobContainer).ToArray();

        Assert.Equal(
            ["app-package", "articles", "summaries", "summaries-claims"],
            containers.Select(container => ((string)container["name"]!).Split('/')[^1]).Order(StringComparer.Ordinal));
        Assert.All(containers, container => JsonAssert.ValueEqual("None", container["properties"]?["publicAccess"], (string)container["name"]!));
    }

    [Fact]
    public void BlobService_KeepsDeletedBlobsAndContainersRecoverable()
    {
        var properties = Snapshot.Single(ResourceTypes.BlobService)["properties"];

        JsonAssert.ValueEqual(true, properties?["deleteRetentionPolicy"]?["enabled"], "blob soft delete");
        JsonAssert.ValueEqual(true, properties?["containerDeleteRetentionPolicy"]?["enabled"], "container soft delete");
    }
}
