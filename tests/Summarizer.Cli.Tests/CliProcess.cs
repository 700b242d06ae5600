using System.Diagnostics;

namespace Summarizer.Cli.Tests;

/// <summary>
/// Runs the built <c>summarizer</c> as its own process, as a shell does: its own environment (settings as environment
/// variables, nothing leaking between tests), and whatever an unhandled exception would print or exit with.
/// </summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
    {
        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "summarizer.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Settings on the machine running the tests must not leak in.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("AzureOpenAI__", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("Summarizer__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ArticlesStorage", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("Fetch__", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("OTEL_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        clock.Stop();
        return new Result(process.ExitCode, await stdout, await stderr, clock.Elapsed);
    }
}
