namespace Summarizer.Cli.Batch;

/// <summary>The output line for one input line (UTF-8 JSON with its line break) and whether it is an error record.</summary>
internal readonly record struct BatchOutcome(byte[] Line, bool Failed, long InputBytes);
