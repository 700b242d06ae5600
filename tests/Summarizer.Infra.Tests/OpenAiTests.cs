namespace Summarizer.Infra.Tests;

/// <summary>The Azure OpenAI account accepts only Entra ID, and the model deployment is whatever the user chose.</summary>
public sealed class OpenAiTests
{
    [Fact]
    public void Account_IsOpenAiWithKeysDisabled()
    {
        var account = DeploymentSnapshot.Default.Single(ResourceTypes.CognitiveServicesAccount);

        JsonAssert.ValueEqual("OpenAI", account["kind"], "kind");
        JsonAssert.ValueEqual(true, account["properties"]?["disableLocalAuth"], "disableLocalAuth");
        // Entra ID tokens are accepted only on an account's custom subdomain.
        JsonAssert.ValueEqual((string)account["name"]!, account["properties"]?["customSubDomainName"], "custom subdomain");
        JsonAssert.ValueEqual(DeploymentSnapshot.Location, account["location"], "region");
    }

    [Fact]
    public void Deployment_Default_IsASmallGlobalChatModel()
    {
        var deployment = DeploymentSnapshot.Default.Single(ResourceTypes.CognitiveServicesDeployment);

        JsonAssert.ValueEqual("OpenAI", deployment["properties"]?["model"]?["format"], "model format");
        JsonAssert.ValueEqual("gpt-4o-mini", deployment["properties"]?["model"]?["name"], "model");
        JsonAssert.ValueEqual("GlobalStandard", deployment["sku"]?["name"], "deployment type");
    }

    [Fact]
    public void Deployment_Parameters_ChooseNameModelVersionCapacityAndRegion()
    {
        var snapshot = DeploymentSnapshot.Create(new Dictionary<string, object>
        {
            ["openAiLocation"] = "eastus2",
            ["openAiDeploymentName"] = "news-summaries",
            ["openAiModelName"] = "gpt-4.1-mini",
            ["openAiModelVersion"] = "2025-04-14",
            ["openAiDeploymentSku"] = "Standard",
            ["openAiDeploymentCapacity"] = 12,
        });

        var account = snapshot.Single(ResourceTypes.CognitiveServicesAccount);
        var deployment = snapshot.Single(ResourceTypes.CognitiveServicesDeployment);

        JsonAssert.ValueEqual("eastus2", account["location"], "OpenAI region");
        JsonAssert.ValueEqual(DeploymentSnapshot.Location, snapshot.Single(ResourceTypes.Site)["location"], "app region");
        JsonAssert.ValueEqual($"{account["name"]}/news-summaries", deployment["name"], "deployment name");
        JsonAssert.ValueEqual("gpt-4.1-mini", deployment["properties"]?["model"]?["name"], "model");
        JsonAssert.ValueEqual("2025-04-14", deployment["properties"]?["model"]?["version"], "model version");
        JsonAssert.ValueEqual("Standard", deployment["sku"]?["name"], "deployment type");
        JsonAssert.ValueEqual(12, deployment["sku"]?["capacity"], "capacity");
    }
}
