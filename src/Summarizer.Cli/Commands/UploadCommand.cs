using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Storage.Interactive;
using Summarizer.Storage.Blobs;
using Summarizer.Cli.Storage;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer upload PATH… [--notify URL]</c>: stores files in the articles container under their file names (files
/// inside a folder under their path relative to it), optionally telling a local Functions host about each one.
/// </summary>
internal static class UploadCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to upload (a folder uploads every file in it).",
            Arity = ArgumentArity.OneOrMore,
        };
        var notify = new Option<string?>("--notify")
        {
            Description = "Functions host to notify of each upload, e.g. http://localhost:7071 (Azurite raises no events itself).",
        };
        var storage = new StorageServices();

        var command = new Command("upload", "Upload articles to the articles container (Azurite by default).");
        command.Arguments.Add(paths);
        command.Options.Add(notify);
        storage.AddTo(command, withSummaries: false);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var files = Expand(parseResult.GetValue(paths) ?? []);
            var webhook = parseResult.GetValue(notify) is { } url ? BlobCreatedNotifier.WebhookFor(url) : null;
            await using var services = storage.Build(parseResult);
            var articles = services.GetRequiredService<BlobArticleStore>();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var notifier = webhook is null ? null : new BlobCreatedNotifier(http, webhook);

            // First contact on the short interactive budget, so a storage that is not there fails in seconds. Storage
            // failures end the whole run with one line (CliApplication): every other file would fail the same way.
            await services.GetRequiredService<InteractiveStorage>().Pipeline.Articles.CreateContainerIfMissingAsync(cancellationToken);

            var failed = 0;
            foreach (var (path, name) in files)
            {
                if (!BlobNames.TryValidate(name, out var problem))
                {
                    failed++;
                    await stderr.WriteLineAsync($"summarizer: {path}: invalid_name: {problem}");
                    continue;
                }

                if (!await UploadAsync(path, name, articles, notifier, stdout, stderr, cancellationToken))
                {
                    failed++;
                }
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    /// <summary>Uploads one file (and tells the host, with a notifier); false, with the reason on stderr, when it fails.</summary>
    private static async Task<bool> UploadAsync(
        string path, string name, BlobArticleStore articles, BlobCreatedNotifier? notifier, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            var article = await articles.UploadAsync(name, BinaryData.FromBytes(content), ArticleFormats.ContentTypeFor(Path.GetFileName(path)), cancellationToken);
            await stdout.WriteLineAsync($"uploaded {name} ({content.Length} bytes)");
            if (notifier is not null)
            {
                await notifier.NotifyAsync(articles.BlobUri(name), article, cancellationToken);
                await stdout.WriteLineAsync($"notified {notifier.Webhook.GetLeftPart(UriPartial.Authority)} of {name}");
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"summarizer: {path}: cannot read: {ex.Message}");
            return false;
        }
        catch (HttpRequestException ex)
        {
            await stderr.WriteLineAsync($"summarizer: {path}: uploaded, but notifying {notifier!.Webhook} failed: {ex.Message}");
            return false;
        }
    }

    /// <summary>Each file with the blob name it gets: its file name, or its path below a folder that was named.</summary>
    private static List<(string Path, string Name)> Expand(IEnumerable<string> paths)
    {
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (path == InputFiles.StandardInput)
            {
                throw new UsageException("upload needs files or folders; standard input has no name to store it under.");
            }

            if (Directory.Exists(path))
            {
                files.AddRange(InputFiles.FilesIn(path)
                    .Select(f => (f, Path.GetRelativePath(path, f).Replace(Path.DirectorySeparatorChar, '/'))));
            }
            else
            {
                files.Add((path, Path.GetFileName(path)));
            }
        }

        return files;
    }
}
