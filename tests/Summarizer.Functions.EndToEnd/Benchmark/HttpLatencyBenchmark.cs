using System.Diagnostics;
using System.Globalization;
using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Testing;

namespace Summarizer.Functions.EndToEnd.Benchmark;

/// <summary>
/// Latency of <c>POST /api/summarize</c> as the host sees it (HTTP answer and invocation result both back), for a
/// small and a large article at 1, 8 and 32 concurrent clients, against one worker on Azurite.
/// </summary>
public static class HttpLatencyBenchmark
{
    private static readonly int[] ClientCounts = [1, 8, 32];

    /// <param name="args"><c>[requests per run]</c>, 400 by default.</param>
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
        var articles = new (string Label, string Text)[]
        {
            ("3 KB", Articles.Sample),
            ("50 KB", BenchmarkArticle.Generate(50 * 1024)),
        };

        var storage = new AzuriteFixture();
        await storage.InitializeAsync();
        try
        {
            await using var worker = await WorkerHost.StartAsync(AppSettings.For(storage.ConnectionString));
            // Other work on the machine shows in every figure: print the load average beside them.
            var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0] : "unknown";
            Console.WriteLine($"worker {FunctionsBuildOutput.WorkerAssembly}, {Environment.ProcessorCount} cores, load average {load}, {requests} requests per run");
            Console.WriteLine("| article | clients | p50 | p95 | requests/s |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (label, text) in articles)
            {
                // Warm-up: JIT, connection pools and the engine's first-use costs stay out of the figures.
                await MeasureAsync(worker, text, clients: 8, requests: 64);
                foreach (var clients in ClientCounts)
                {
                    var (latencies, wall) = await MeasureAsync(worker, text, clients, requests);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {label} ({text.Length / 1024.0:0.0} KB) | {clients} | {Percentile(latencies, 0.50):0.0} ms | {Percentile(latencies, 0.95):0.0} ms | {requests / wall.TotalSeconds:0} |"));
                }
            }

            return 0;
        }
        finally
        {
            await storage.DisposeAsync();
        }
    }

    private static async Task<(double[] Milliseconds, TimeSpan Wall)> MeasureAsync(WorkerHost worker, string text, int clients, int requests)
    {
        var latencies = new double[requests];
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < requests)
            {
                var clock = Stopwatch.StartNew();
                var answer = await worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", Articles.Text(text));
                latencies[index] = clock.Elapsed.TotalMilliseconds;
                if (answer.Status != 200 || !answer.InvocationSucceeded)
                {
                    throw new InvalidOperationException($"POST /api/summarize failed: {answer}");
                }
            }
        }));
        return (latencies, wall.Elapsed);
    }

    private static double Percentile(double[] values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Ceiling(fraction * sorted.Length) - 1];
    }
}
