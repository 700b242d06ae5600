using System.Net.Http.Headers;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli;

/// <summary>Turns command-line paths into article inputs: files as given, folders expanded, '-' for standard input (URLs are <see cref="CliLinks"/>' business).</summary>
internal static class InputFiles
{
    public const string StandardInput = "-";

    /// <summary>Expands folders to the files in them (recursively, in ordinal order, hidden files skipped).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path != StandardInput && Directory.Exists(path))
            {
                files.AddRange(FilesIn(path));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>Every file below a folder, hidden files left out, in ordinal order so runs are repeatable.</summary>
    public static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    /// <summary>The name an input is reported under: the file name, "stdin", or a URL as given.</summary>
    public static string NameOf(string path) => path == StandardInput ? "stdin" : Links.LinkInputs.IsUrl(path) ? path : Path.GetFileName(path);

    /// <summary>
    /// Reads one input. <paramref name="contentType"/> (from <c>--content-type</c>) describes standard input and files
    /// whose extension names no format; a file named for its format keeps what its name says, but takes the option's
    /// charset when it has one (<c>--content-type "text/html; charset=windows-1250"</c>), as a server's header would.
    /// </summary>
    public static async Task<ArticleInput> ReadAsync(string path, string? contentType, CancellationToken cancellationToken)
    {
        if (path == StandardInput)
        {
            using var buffer = new MemoryStream();
            await using var stdin = Console.OpenStandardInput();
            await stdin.CopyToAsync(buffer, cancellationToken);
            return new ArticleInput(buffer.ToArray(), NameOf(path), contentType);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no such file: {path}", path);
        }

        var name = NameOf(path);
        return new ArticleInput(await File.ReadAllBytesAsync(path, cancellationToken), name,
            ArticleFormats.FromFileName(name) is { } named ? WithCharsetOf(contentType, named.MediaType) : contentType);
    }

    /// <summary><paramref name="mediaType"/> with the charset <paramref name="contentType"/> gives, or null when it gives none.</summary>
    private static string? WithCharsetOf(string? contentType, string mediaType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && !string.IsNullOrWhiteSpace(parsed.CharSet)
            ? new MediaTypeHeaderValue(mediaType) { CharSet = parsed.CharSet }.ToString()
            : null;
}
