using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>
/// App Service authentication in front of the HTTP API: off with <c>apiAuth=keys</c> (the default), Entra ID with
/// <c>apiAuth=entra</c>, where anonymous requests get 401 while the health probe and Event Grid's webhook stay open.
/// </summary>
public sealed class ApiAuthTests
{
    private const string ClientId = "3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d";

    private static readonly Lazy<DeploymentSnapshot> Entra = new(() => DeploymentSnapshot.Create(new Dictionary<string, object>
    {
        ["apiAuth"] = "entra",
        ["apiAuthClientId"] = ClientId,
    }));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Keys_Default_AuthenticationIsDeclaredAndSwitchedOff(bool vnetEnabled)
    {
        var snapshot = DeploymentSnapshot.ForLayout(vnetEnabled);

        var settings = AuthSettings(snapshot);

        // Declared even when off, so that moving from entra back to keys removes the sign-in on the next provision.
        JsonAssert.ValueEqual(false, settings["platform"]?["enabled"], "authentication enabled");
        Assert.Null(settings["identityProviders"]);
        JsonAssert.ValueEqual("keys", snapshot.Outputs["SUMMARIZER_API_AUTH"], "auth output");
    }

    [Fact]
    public void Entra_AnonymousRequestsGet401()
    {
        var settings = AuthSettings(Entra.Value);

        JsonAssert.ValueEqual(true, settings["platform"]?["enabled"], "authentication enabled");
        JsonAssert.ValueEqual(true, settings["globalValidation"]?["requireAuthentication"], "authentication required");
        JsonAssert.ValueEqual("Return401", settings["globalValidation"]?["unauthenticatedClientAction"], "anonymous request");
        JsonAssert.ValueEqual(true, settings["httpSettings"]?["requireHttps"], "HTTPS only");
        JsonAssert.ValueEqual(false, settings["login"]?["tokenStore"]?["enabled"], "token store");
    }

    [Fact]
    public void Entra_HealthAndTheBlobWebhookStayOpen()
    {
        // The hook wakes the app on /api/health, and Event Grid delivers blob events to the webhook with the
        // blobs_extension key; neither can present a token for the API's app registration.
        JsonAssert.ValueEqual(
            new[] { "/api/health", "/runtime/webhooks/blobs" },
            AuthSettings(Entra.Value)["globalValidation"]?["excludedPaths"],
            "paths open without a token");
    }

    [Fact]
    public void Entra_ValidatesTokensForTheAppRegistrationFromThisTenant()
    {
        var provider = AuthSettings(Entra.Value)["identityProviders"]?["azureActiveDirectory"];

        JsonAssert.ValueEqual(true, provider?["enabled"], "Entra ID provider enabled");
        JsonAssert.ValueEqual(ClientId, provider?["registration"]?["clientId"], "client id");
        var issuer = (string?)provider?["registration"]?["openIdIssuer"] ?? string.Empty;
        Assert.Contains("environment().authentication.loginEndpoint", issuer, StringComparison.Ordinal);
        Assert.Contains(DeploymentSnapshot.TenantId, issuer, StringComparison.Ordinal);
        Assert.Contains("/v2.0", issuer, StringComparison.Ordinal);
        JsonAssert.ValueEqual(new[] { $"api://{ClientId}", ClientId }, provider?["validation"]?["allowedAudiences"], "audiences");
        JsonAssert.ValueEqual("entra", Entra.Value.Outputs["SUMMARIZER_API_AUTH"], "auth output");
        JsonAssert.ValueEqual(ClientId, Entra.Value.Outputs["SUMMARIZER_API_CLIENT_ID"], "client id output");
    }

    [Fact]
    public void Entra_LeavesNetworkAndRolesAsTheyAre()
    {
        Assert.Equal(
            DeploymentSnapshot.Default.OfType(ResourceTypes.RoleAssignment).Select(assignment => (string)assignment["id"]!).Order(StringComparer.Ordinal),
            Entra.Value.OfType(ResourceTypes.RoleAssignment).Select(assignment => (string)assignment["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(4, Entra.Value.OfType(ResourceTypes.PrivateEndpoint).Count());
    }

    [Fact]
    public void Entra_WithoutClientId_FailsNamingTheMissingSetting()
    {
        var result = DeploymentSnapshot.TrySnapshot(new Dictionary<string, object> { ["apiAuth"] = "entra" }, out var snapshot);

        Assert.Null(snapshot);
        Assert.Contains("SUMMARIZER_API_CLIENT_ID", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    private static JsonObject AuthSettings(DeploymentSnapshot snapshot) =>
        Assert.Single(
            snapshot.OfType(ResourceTypes.SiteConfig),
            resource => ((string)resource["name"]!).EndsWith("/authsettingsV2", StringComparison.Ordinal))["properties"]!.AsObject();
}
