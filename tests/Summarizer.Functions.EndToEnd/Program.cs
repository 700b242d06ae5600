using Summarizer.Functions.EndToEnd.Benchmark;

// The test runner loads this assembly without calling Main; `dotnet run` runs a benchmark: the HTTP latency one
// (scripts/bench-http.sh) by default, the sweep and queue workers one with "sweep" (scripts/bench-sweep.sh), the
// worker's start-up as built and with the other globalization mode with "startup" (docs/adr/0004).
return args switch
{
    ["sweep", ..] => await SweepBenchmark.RunAsync(args),
    ["startup", .. var rest] => await StartupBenchmark.RunAsync(rest),
    _ => await HttpLatencyBenchmark.RunAsync(args),
};
