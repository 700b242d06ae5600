using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Testing;

namespace Summarizer.Functions.EndToEnd.Benchmark;

/// <summary>
/// The worker's start-up as built and with the opposite globalization mode (a copy of the build output whose
/// runtimeconfig.json flips <c>System.Globalization.Invariant</c>, which is all the MSBuild setting changes), started
/// alternately: the time until every function has loaded and the HTTP endpoint listens, the first
/// <c>POST /api/summarize</c>, and the worker's peak resident memory after it. See docs/adr/0004.
/// </summary>
public static class StartupBenchmark
{
    /// <param name="args"><c>[pairs]</c>, 10 by default.</param>
    public static async Task<int> RunAsync(string[] args)
    {
        var pairs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var built = FunctionsBuildOutput.WorkerAssembly;
        var flippedDirectory = Directory.CreateTempSubdirectory("summarizer-worker-globalization-");
        var storage = new AzuriteFixture();
        await storage.InitializeAsync();
        try
        {
            var (flipped, builtIsInvariant) = CopyWithGlobalizationFlipped(built, flippedDirectory.FullName);
            var settings = AppSettings.For(storage.ConnectionString);
            var (builtMode, flippedMode) = builtIsInvariant ? ("invariant (as built)", "ICU") : ("ICU (as built)", "invariant");
            var results = new Dictionary<string, List<Start>> { [builtMode] = [], [flippedMode] = [] };
            await StartOnceAsync(built, settings);
            await StartOnceAsync(flipped, settings);
            for (var pair = 0; pair < pairs; pair++)
            {
                results[builtMode].Add(await StartOnceAsync(built, settings));
                results[flippedMode].Add(await StartOnceAsync(flipped, settings));
            }

            var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0] : "unknown";
            Console.WriteLine($"worker {built}, {Environment.ProcessorCount} cores, load average {load}, medians of {pairs} alternating starts");
            Console.WriteLine("| globalization | start until listening | first summary | peak RSS |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var (mode, starts) in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {mode} | {Median(starts, s => s.ReadyMs):0} ms | {Median(starts, s => s.FirstSummaryMs):0} ms | {Median(starts, s => s.PeakRssMb):0.0} MB |"));
            }

            return 0;
        }
        finally
        {
            await storage.DisposeAsync();
            flippedDirectory.Delete(recursive: true);
        }
    }

    private static async Task<Start> StartOnceAsync(string workerAssembly, IReadOnlyDictionary<string, string> settings)
    {
        var clock = Stopwatch.StartNew();
        await using var worker = await WorkerHost.StartAsync(settings, workerAssembly: workerAssembly);
        var ready = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var answer = await worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", Articles.Text(Articles.Sample));
        var firstSummary = clock.Elapsed.TotalMilliseconds;
        if (answer.Status != 200 || !answer.InvocationSucceeded)
        {
            throw new InvalidOperationException($"POST /api/summarize failed: {answer}");
        }

        return new Start(ready, firstSummary, PeakRssMegabytes(worker.ProcessId));
    }

    /// <summary>Copies the worker's build output with the globalization mode of its runtime configuration flipped.</summary>
    private static (string WorkerAssembly, bool BuiltIsInvariant) CopyWithGlobalizationFlipped(string workerAssembly, string target)
    {
        var source = Path.GetDirectoryName(workerAssembly)!;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var runtimeConfig = Path.Combine(target, Path.GetFileNameWithoutExtension(workerAssembly) + ".runtimeconfig.json");
        var json = JsonNode.Parse(File.ReadAllText(runtimeConfig))!;
        var properties = json["runtimeOptions"]!["configProperties"] ??= new JsonObject();
        var builtIsInvariant = properties["System.Globalization.Invariant"]?.GetValue<bool>() == true;
        properties["System.Globalization.Invariant"] = !builtIsInvariant;
        File.WriteAllText(runtimeConfig, json.ToJsonString());
        return (Path.Combine(target, Path.GetFileName(workerAssembly)), builtIsInvariant);
    }

    /// <summary>The high-water mark of the process's resident memory (Linux), or NaN elsewhere.</summary>
    private static double PeakRssMegabytes(int processId)
    {
        var status = $"/proc/{processId}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static double Median(List<Start> starts, Func<Start, double> value)
    {
        var sorted = starts.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record Start(double ReadyMs, double FirstSummaryMs, double PeakRssMb);
}
