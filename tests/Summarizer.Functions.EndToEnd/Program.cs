using Summarizer.Functions.EndToEnd.Benchmark;

// The test runner loads this assembly without calling Main; `dotnet run` runs a benchmark: the HTTP latency one
// (scripts/bench-http.sh) by default, the sweep and queue workers one with "sweep" (scripts/bench-sweep.sh).
return args is ["sweep", ..] ? await SweepBenchmark.RunAsync(args) : await HttpLatencyBenchmark.RunAsync(args);
