using System.Diagnostics;

namespace Summarizer.Cli.Tests;

/// <summary>
/// Runs the built <c>summarizer</c> as its own process, as a shell does: its own environment (settings as environment
/// variables, nothing leaking between tests), and whatever an unhandled exception would print or exit with.
/// </summary>
internal static class CliProcess
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <param name="PeakMemory">The most memory the process held (its peak resident set), sampled while it ran.</param>
    public sealed record Result(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, long PeakMemory = 0)
    {
        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(environment, DefaultTimeout, args);

    /// <summary>Runs the tool, kills it (and fails) when it outlives <paramref name="timeout"/>, and records its peak memory.</summary>
    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
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
        var exited = process.WaitForExitAsync();
        long peak = 0;
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, PeakMemoryOf(process));
            if (clock.Elapsed > timeout)
            {
                process.Kill(entireProcessTree: true);
                await exited;
                throw new TimeoutException($"summarizer {string.Join(' ', args)} ran longer than {timeout.TotalSeconds:N0} s (peak memory {peak / (1024 * 1024):N0} MB) and was stopped.");
            }

            await Task.WhenAny(exited, Task.Delay(20));
        }

        clock.Stop();
        return new Result(process.ExitCode, await stdout, await stderr, clock.Elapsed, peak);
    }

    // The kernel's high-water mark of the resident set (VmHWM on Linux): read while the process lives, it is the peak so far.
    private static long PeakMemoryOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0; // exited between the check and the read
        }
    }
}
