using System.Text.Json;
using Summarizer.Cli.Output;
using Summarizer.Core;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli;

/// <summary>
/// Runs one command over its inputs in order: reads each (a URL is fetched, a file that holds only a link is the
/// page it links to), renders it, and reports each failure on stderr without
/// stopping. In JSON Lines mode every input gives exactly one line on stdout, a failed one as
/// <c>{"source": …, "error": {"code", "message"}}</c>, so the output can be read by any JSON Lines tool.
/// </summary>
internal sealed class InputLoop(TextWriter stdout, TextWriter stderr, bool jsonLines, CliLinks links)
{
    /// <summary>Code of a failure record for an input that could not be read at all (missing file, no permission).</summary>
    public const string UnreadableCode = "unreadable";

    /// <summary>Renders one input; returns the text to print (with its trailing newline).</summary>
    public delegate Task<string> Renderer(ArticleInput input, string path, CancellationToken cancellationToken);

    public async Task<int> RunAsync(IReadOnlyList<string> paths, string? contentType, Renderer render, CancellationToken cancellationToken)
    {
        var failed = 0;
        var first = true;
        foreach (var path in paths)
        {
            ArticleInput? input = null;
            string? output = null;
            (string Code, string Message)? error = null;
            try
            {
                input = await links.ReadAsync(path, contentType, cancellationToken);
                output = await render(input, path, cancellationToken);
            }
            catch (SummarizerException ex)
            {
                error = (ex.Code, ex.Message);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = (UnreadableCode, $"cannot read: {ex.Message}");
            }

            if (error is { } e)
            {
                failed++;
                await stderr.WriteLineAsync(e.Code == UnreadableCode ? $"summarizer: {path}: {e.Message}" : $"summarizer: {path}: {e.Code}: {e.Message}");
                if (jsonLines)
                {
                    var source = input is null ? InputSources.Unread(path) : InputSources.Of(input);
                    await stdout.WriteLineAsync(JsonSerializer.Serialize(new FailedInput(source, new InputError(e.Code, e.Message)), CliJsonContext.Lines.FailedInput));
                }

                continue;
            }

            if (!first && !jsonLines)
            {
                await stdout.WriteLineAsync();
            }

            first = false;
            await stdout.WriteAsync(output);
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
