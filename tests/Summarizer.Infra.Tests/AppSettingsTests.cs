using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The deployed app settings give the Functions app every setting it reads (see <see cref="FunctionsAppSettings"/>),
/// each connection identity-based and pointing at the resources this template creates.
/// </summary>
public sealed class AppSettingsTests
{
    private static readonly DeploymentSnapshot Snapshot = DeploymentSnapshot.Default;

    public static TheoryData<string> RequiredSettings() => new(FunctionsAppSettings.Required);

    public static TheoryData<string> FixedSettings() => new(FunctionsAppSettings.FixedValues.Keys);

    public static TheoryData<string> ClientIdSettings() => new(FunctionsAppSettings.IdentityClientIds);

    public static TheoryData<string> ForbiddenSettings() => new(FunctionsAppSettings.Forbidden);

    private static JsonObject Settings
    {
        get
        {
            var config = Assert.Single(
                Snapshot.OfType(ResourceTypes.SiteConfig),
                resource => ((string)resource["name"]!).EndsWith("/appsettings", StringComparison.Ordinal));
            return config["properties"]!.AsObject();
        }
    }

    [Theory]
    [MemberData(nameof(RequiredSettings))]
    public void AppSettings_IncludeSettingTheAppReads(string name)
    {
        Assert.True(Settings.ContainsKey(name), $"{name} is missing from the app settings.");
        Assert.False(string.IsNullOrWhiteSpace(Settings[name]?.ToString()), $"{name} is empty.");
    }

    [Theory]
    [MemberData(nameof(FixedSettings))]
    public void AppSettings_FixedSetting_HasDesignedValue(string name)
    {
        JsonAssert.ValueEqual(FunctionsAppSettings.FixedValues[name], Settings[name], name);
    }

    [Theory]
    [MemberData(nameof(ClientIdSettings))]
    public void AppSettings_ClientId_IsTheAppsOwnIdentity(string name)
    {
        JsonAssert.ReadsPropertyOf(Snapshot.Id(ResourceTypes.UserAssignedIdentity), "clientId", Settings[name], name);
    }

    [Theory]
    [MemberData(nameof(ForbiddenSettings))]
    public void AppSettings_OmitKeyBasedAndFlexDeprecatedSetting(string name)
    {
        Assert.False(Settings.ContainsKey(name), $"{name} must not be set.");
    }

    [Fact]
    public void AppSettings_StorageConnections_PointAtTheStorageAccount()
    {
        var account = Snapshot.Single(ResourceTypes.StorageAccount);

        JsonAssert.ValueEqual((string)account["name"]!, Settings["AzureWebJobsStorage__accountName"], "host storage account");
        JsonAssert.ReadsPropertyOf((string)account["id"]!, "primaryEndpoints.blob", Settings["ArticlesStorage__blobServiceUri"], "articles blob endpoint");
        JsonAssert.ReadsPropertyOf((string)account["id"]!, "primaryEndpoints.queue", Settings["ArticlesStorage__queueServiceUri"], "articles queue endpoint");
    }

    [Fact]
    public void AppSettings_AzureOpenAI_PointsAtTheModelDeployment()
    {
        var deploymentName = ((string)Snapshot.Single(ResourceTypes.CognitiveServicesDeployment)["name"]!).Split('/')[^1];

        JsonAssert.ReadsPropertyOf(Snapshot.Id(ResourceTypes.CognitiveServicesAccount), "endpoint", Settings["AzureOpenAI__Endpoint"], "OpenAI endpoint");
        JsonAssert.ValueEqual(deploymentName, Settings["AzureOpenAI__Deployment"], "OpenAI deployment");
    }

    [Fact]
    public void AppSettings_Telemetry_AuthenticatesWithTheIdentity()
    {
        var authentication = Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];

        JsonAssert.ReadsPropertyOf(Snapshot.Id(ResourceTypes.ApplicationInsights), "ConnectionString", Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], "telemetry target");
        JsonAssert.ReadsPropertyOf(Snapshot.Id(ResourceTypes.UserAssignedIdentity), "clientId", authentication, "telemetry identity");
        Assert.Contains("ClientId={0};Authorization=AAD", (string?)authentication ?? string.Empty, StringComparison.Ordinal);
    }
}
