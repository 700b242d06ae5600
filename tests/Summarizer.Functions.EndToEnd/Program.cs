using Summarizer.Functions.EndToEnd.Benchmark;

// The test runner loads this assembly without calling Main; `dotnet run` (scripts/bench-http.sh) runs the benchmark.
return await HttpLatencyBenchmark.RunAsync(args);
