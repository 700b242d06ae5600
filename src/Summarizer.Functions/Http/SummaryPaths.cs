namespace Summarizer.Functions.Http;

/// <summary>URLs of the API's resources, with each path segment of a blob name escaped.</summary>
public static class SummaryPaths
{
    public static string Summary(string articleName) => "/api/summaries/" + Escape(articleName);

    private static string Escape(string name) => string.Join('/', name.Split('/').Select(Uri.EscapeDataString));
}
