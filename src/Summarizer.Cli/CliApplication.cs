using System.CommandLine;
using Microsoft.Extensions.Options;
using Summarizer.Core;
using Summarizer.Cli.Commands;

namespace Summarizer.Cli;

/// <summary>Builds the command tree and runs it; usage errors exit with 2 and one line per error on stderr.</summary>
internal static class CliApplication
{
    /// <summary>Every command with its options, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    public static RootCommand CreateRootCommand(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Summarise articles with the embedded extractive engine or Azure OpenAI.");
        root.Subcommands.Add(SummarizeCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExtractCommand.Create(stdout, stderr));
        root.Subcommands.Add(BatchCommand.Create(stdout, stderr));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(UploadCommand.Create(stdout, stderr));
        root.Subcommands.Add(ProcessCommand.Create(stdout, stderr));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var parseResult = CreateRootCommand(stdout, stderr).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"summarizer: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'summarizer --help' for usage.");
            return ExitCodes.UsageError;
        }

        using var telemetry = CliTelemetry.StartIfConfigured();
        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"summarizer: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (OptionsValidationException ex)
        {
            // A setting no command validated up front: still a usage error with a message, never a stack trace.
            await stderr.WriteLineAsync($"summarizer: {string.Join(" ", ex.Failures)}");
            return ExitCodes.UsageError;
        }
        catch (SummarizerException ex)
        {
            // A failure that ends the whole command (storage unavailable, say): one line, the code first.
            await stderr.WriteLineAsync($"summarizer: {ex.Code}: {ex.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }
}
