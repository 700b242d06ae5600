namespace Summarizer.Functions.EndToEnd.Fixtures;

/// <summary>The app settings the host hands the worker, as in local.settings.sample.json, pointed at one storage account.</summary>
public static class AppSettings
{
    public static Dictionary<string, string> For(string storageConnectionString) => new(StringComparer.Ordinal)
    {
        ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
        ["AzureWebJobsStorage"] = storageConnectionString,
        ["ArticlesStorage"] = storageConnectionString,
        ["Summarizer__Engine"] = "extractive",
        ["Summarizer__Fallback"] = "extractive",
        ["Summarizer__ArticlesContainer"] = "articles",
        ["Summarizer__SummariesContainer"] = "summaries",
        ["Summarizer__RequestsQueue"] = "summarize-requests",
        ["Summarizer__SweepSchedule"] = "0 0 * * * *",
    };
}
