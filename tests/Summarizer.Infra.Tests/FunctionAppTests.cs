namespace Summarizer.Infra.Tests;

/// <summary>The function app runs the .NET 10 isolated worker on Flex Consumption, as its user-assigned identity.</summary>
public sealed class FunctionAppTests
{
    private static readonly DeploymentSnapshot Snapshot = DeploymentSnapshot.Default;

    [Fact]
    public void Plan_IsFlexConsumptionOnLinux()
    {
        var plan = Snapshot.Single(ResourceTypes.AppServicePlan);

        JsonAssert.ValueEqual("FC1", plan["sku"]?["name"], "plan SKU");
        JsonAssert.ValueEqual("FlexConsumption", plan["sku"]?["tier"], "plan tier");
        JsonAssert.ValueEqual(true, plan["properties"]?["reserved"], "Linux plan");
    }

    [Fact]
    public void Site_RunsDotnetIsolated10OnThePlan()
    {
        var site = Snapshot.Single(ResourceTypes.Site);

        JsonAssert.ValueEqual("functionapp,linux", site["kind"], "kind");
        JsonAssert.ValueEqual(Snapshot.Id(ResourceTypes.AppServicePlan), site["properties"]?["serverFarmId"], "plan");
        JsonAssert.ValueEqual("dotnet-isolated", site["properties"]?["functionAppConfig"]?["runtime"]?["name"], "runtime");
        JsonAssert.ValueEqual("10.0", site["properties"]?["functionAppConfig"]?["runtime"]?["version"], "runtime version");
    }

    [Fact]
    public void Site_AcceptsOnlyHttpsWithTls12()
    {
        var properties = Snapshot.Single(ResourceTypes.Site)["properties"];

        JsonAssert.ValueEqual(true, properties?["httpsOnly"], "httpsOnly");
        JsonAssert.ValueEqual("1.2", properties?["siteConfig"]?["minTlsVersion"], "minimum TLS");
        JsonAssert.ValueEqual("Disabled", properties?["siteConfig"]?["ftpsState"], "FTP");
    }

    [Fact]
    public void Site_RunsAsTheUserAssignedIdentityOnly()
    {
        var identity = Snapshot.Single(ResourceTypes.Site)["identity"];

        JsonAssert.ValueEqual("UserAssigned", identity?["type"], "identity type");
        Assert.Equal(
            [Snapshot.Id(ResourceTypes.UserAssignedIdentity)],
            identity!["userAssignedIdentities"]!.AsObject().Select(pair => pair.Key));
    }

    [Fact]
    public void Site_ReadsItsDeploymentPackageWithTheIdentity()
    {
        var storage = Snapshot.Single(ResourceTypes.Site)["properties"]?["functionAppConfig"]?["deployment"]?["storage"];

        JsonAssert.ValueEqual("blobContainer", storage?["type"], "deployment storage type");
        JsonAssert.ReadsPropertyOf(Snapshot.Id(ResourceTypes.StorageAccount), "primaryEndpoints.blob", storage?["value"], "deployment container URL");
        Assert.Contains("'app-package'", (string?)storage?["value"] ?? string.Empty, StringComparison.Ordinal);
        JsonAssert.ValueEqual("UserAssignedIdentity", storage?["authentication"]?["type"], "deployment authentication");
        JsonAssert.ValueEqual(
            Snapshot.Id(ResourceTypes.UserAssignedIdentity),
            storage?["authentication"]?["userAssignedIdentityResourceId"],
            "deployment identity");
    }

    [Fact]
    public void Site_ScaleAndConcurrency_FollowParameters()
    {
        var snapshot = DeploymentSnapshot.Create(new Dictionary<string, object>
        {
            ["maximumInstanceCount"] = 250,
            ["instanceMemoryMB"] = 4096,
            ["httpPerInstanceConcurrency"] = 8,
        });

        var scale = snapshot.Single(ResourceTypes.Site)["properties"]?["functionAppConfig"]?["scaleAndConcurrency"];

        JsonAssert.ValueEqual(250, scale?["maximumInstanceCount"], "maximum instances");
        JsonAssert.ValueEqual(4096, scale?["instanceMemoryMB"], "instance memory");
        JsonAssert.ValueEqual(8, scale?["triggers"]?["http"]?["perInstanceConcurrency"], "HTTP concurrency");
    }

    [Fact]
    public void Site_IsTaggedAsTheAzdApiService()
    {
        var tags = Snapshot.Single(ResourceTypes.Site)["tags"];

        JsonAssert.ValueEqual("api", tags?["azd-service-name"], "azd-service-name tag");
        JsonAssert.ValueEqual(DeploymentSnapshot.EnvironmentName, tags?["azd-env-name"], "azd-env-name tag");
    }
}
