namespace Summarizer.Infra.Tests;

/// <summary>
/// The app settings src/Summarizer.Functions reads when it runs in Azure, as agreed in the settings contract shared by
/// the Functions app, the Azure OpenAI engine and this infrastructure. This is the one list the tests check the
/// deployed settings against: when the app starts reading a new setting, add it here.
/// </summary>
internal static class FunctionsAppSettings
{
    /// <summary>Every setting the deployed app needs, whatever its value.</summary>
    public static readonly IReadOnlyList<string> Required =
    [
        // Host storage (identity-based connection for the AzureWebJobsStorage connection).
        "AzureWebJobsStorage__accountName",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        // The blob trigger's and the summary store's named connection, Connection = "ArticlesStorage".
        "ArticlesStorage__blobServiceUri",
        "ArticlesStorage__queueServiceUri",
        "ArticlesStorage__credential",
        "ArticlesStorage__clientId",
        // Engine selection (Summarizer:Engine, Summarizer:Fallback) and the containers.
        "Summarizer__Engine",
        "Summarizer__Fallback",
        "Summarizer__ArticlesContainer",
        "Summarizer__SummariesContainer",
        // The queue the sweep fills and the queue trigger works (%Summarizer:RequestsQueue%).
        "Summarizer__RequestsQueue",
        // When the reconciliation sweep runs (the host resolves the timer's %Summarizer:SweepSchedule%), and whether
        // it runs at all (the host's own switch for one function).
        "Summarizer__SweepSchedule",
        "AzureWebJobs.SweepArticles.Disabled",
        // The Azure OpenAI engine, signed in as the user-assigned identity (no AzureOpenAI__ApiKey).
        "AzureOpenAI__Endpoint",
        "AzureOpenAI__Deployment",
        "AzureOpenAI__ClientId",
        // Cost guards derived from the deployment's tokens-per-minute quota.
        "AzureOpenAI__MaxInputTokens",
        "AzureOpenAI__MaxOutputTokens",
        "AzureOpenAI__MaxConcurrentRequests",
        "AzureOpenAI__MaxArticleTokens",
        // Telemetry to an Application Insights component that only accepts Entra ID.
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
    ];

    /// <summary>Settings whose value is fixed by the design rather than by the deployment.</summary>
    public static readonly IReadOnlyDictionary<string, string> FixedValues = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AzureWebJobsStorage__credential"] = "managedidentity",
        ["ArticlesStorage__credential"] = "managedidentity",
        ["Summarizer__Engine"] = "azure-openai",
        ["Summarizer__Fallback"] = "extractive",
        ["Summarizer__ArticlesContainer"] = "articles",
        ["Summarizer__SummariesContainer"] = "summaries",
        ["Summarizer__RequestsQueue"] = "summarize-requests",
    };

    /// <summary>Settings that each name the client id of the identity the app runs as.</summary>
    public static readonly IReadOnlyList<string> IdentityClientIds =
    [
        "AzureWebJobsStorage__clientId",
        "ArticlesStorage__clientId",
        "AzureOpenAI__ClientId",
    ];

    /// <summary>
    /// Settings that must not be present: keys (the app signs in with its identity), and the worker runtime settings
    /// that Flex Consumption takes from functionAppConfig instead and rejects as app settings.
    /// </summary>
    public static readonly IReadOnlyList<string> Forbidden =
    [
        "AzureWebJobsStorage",
        "ArticlesStorage",
        "AzureOpenAI__ApiKey",
        "APPINSIGHTS_INSTRUMENTATIONKEY",
        "FUNCTIONS_WORKER_RUNTIME",
        "FUNCTIONS_EXTENSION_VERSION",
        "WEBSITE_RUN_FROM_PACKAGE",
        "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING",
        "WEBSITE_CONTENTSHARE",
    ];
}
