namespace Summarizer.Functions.EndToEnd.Fixtures;

/// <summary>API paths for an article name, each folder segment escaped as a client would (spaces, Unicode).</summary>
public static class ArticlePaths
{
    public static string Article(string name) => "/api/articles/" + Escape(name);

    public static string Summary(string name) => "/api/summaries/" + Escape(name);

    public static string Refresh(string name) => "/api/refresh/" + Escape(name);

    private static string Escape(string name) => string.Join('/', name.Split('/').Select(Uri.EscapeDataString));
}
