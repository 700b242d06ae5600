using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Summarizer.Benchmarks.ExtractiveBenchmarks).Assembly).Run(args);
