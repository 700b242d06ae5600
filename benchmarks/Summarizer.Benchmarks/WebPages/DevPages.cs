using System.IO.Compression;
using System.Text.Json;

namespace Summarizer.Benchmarks.WebPages;

/// <summary>
/// Reads the web-page dev set (<c>html-dev.jsonl.gz</c>: one JSON object per line with <c>id</c> and <c>html</c>).
/// It is shared data beside the repository, not shipped with it, so its path can be given or is looked up.
/// </summary>
internal static class DevPages
{
    public const string FileName = "html-dev.jsonl.gz";
    public const string PathVariable = "SUMMARIZER_HTML_DEV";

    /// <summary>The path in <see cref="PathVariable"/>, else <c>../shared/eval</c> above the working directory or any parent.</summary>
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "eval", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"{FileName} not found: set {PathVariable} or run from a directory below the one holding shared/eval.", FileName);
    }

    public static IReadOnlyList<DevPage> Load(string path)
    {
        var pages = new List<DevPage>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            pages.Add(new DevPage(root.GetProperty("id").GetString()!, root.GetProperty("html").GetString()!));
        }

        return pages;
    }
}
