namespace Summarizer.Cli.Storage;

/// <summary>The Content-Type an uploaded file gets, from its extension; the pipeline decodes by it.</summary>
internal static class ArticleContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain; charset=utf-8",
        [".text"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".markdown"] = "text/markdown; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
    };

    public static string For(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var contentType) ? contentType : "application/octet-stream";
}
