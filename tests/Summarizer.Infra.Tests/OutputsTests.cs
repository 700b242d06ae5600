namespace Summarizer.Infra.Tests;

/// <summary>The deployment outputs, which azd saves to the environment, name what a user and the hooks need.</summary>
public sealed class OutputsTests
{
    private static readonly DeploymentSnapshot Snapshot = DeploymentSnapshot.Default;

    [Fact]
    public void Outputs_NameTheResourcesTheyDescribe()
    {
        var outputs = Snapshot.Outputs;

        JsonAssert.ValueEqual($"rg-{DeploymentSnapshot.EnvironmentName}", outputs["AZURE_RESOURCE_GROUP"], "resource group");
        JsonAssert.ValueEqual((string)Snapshot.Single(ResourceTypes.Site)["name"]!, outputs["AZURE_FUNCTION_APP_NAME"], "function app");
        JsonAssert.ValueEqual((string)Snapshot.Single(ResourceTypes.StorageAccount)["name"]!, outputs["AZURE_STORAGE_ACCOUNT_NAME"], "storage account");
        JsonAssert.ValueEqual((string)Snapshot.Single(ResourceTypes.EventGridSystemTopic)["name"]!, outputs["AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"], "system topic");
        JsonAssert.ValueEqual((string)Snapshot.Single(ResourceTypes.ApplicationInsights)["name"]!, outputs["AZURE_APPLICATION_INSIGHTS_NAME"], "Application Insights");
        JsonAssert.ValueEqual(DeploymentSnapshot.TenantId, outputs["AZURE_TENANT_ID"], "tenant");
        JsonAssert.ValueEqual(DeploymentSnapshot.Location, outputs["AZURE_LOCATION"], "location");
    }

    [Fact]
    public void Outputs_GiveTheEndpointsAUserCalls()
    {
        var outputs = Snapshot.Outputs;
        var siteId = Snapshot.Id(ResourceTypes.Site);

        JsonAssert.ReadsPropertyOf(siteId, "defaultHostName", outputs["AZURE_FUNCTION_APP_URL"], "app URL");
        JsonAssert.ReadsPropertyOf(siteId, "defaultHostName", outputs["SUMMARIZER_API_URL"], "API URL");
        Assert.Contains("https://{0}/api", (string?)outputs["SUMMARIZER_API_URL"] ?? string.Empty, StringComparison.Ordinal);
        JsonAssert.ReadsPropertyOf(Snapshot.Id(ResourceTypes.StorageAccount), "primaryEndpoints.blob", outputs["AZURE_STORAGE_BLOB_ENDPOINT"], "blob endpoint");
        JsonAssert.ReadsPropertyOf(Snapshot.Id(ResourceTypes.CognitiveServicesAccount), "endpoint", outputs["AZURE_OPENAI_ENDPOINT"], "OpenAI endpoint");
    }

    [Fact]
    public void Outputs_GiveTheContainersAndFunctionNames()
    {
        var outputs = Snapshot.Outputs;

        JsonAssert.ValueEqual("articles", outputs["SUMMARIZER_ARTICLES_CONTAINER"], "articles container");
        JsonAssert.ValueEqual("summaries", outputs["SUMMARIZER_SUMMARIES_CONTAINER"], "summaries container");
        JsonAssert.ValueEqual("SummarizeArticle", outputs["SUMMARIZER_BLOB_TRIGGER_FUNCTION"], "blob trigger");
        JsonAssert.ValueEqual(
            new[] { "SummarizeText", "PutArticle", "GetSummary", "RefreshSummary", "Health" },
            outputs["SUMMARIZER_HTTP_FUNCTIONS"],
            "HTTP functions");
    }
}
