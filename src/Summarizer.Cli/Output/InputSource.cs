namespace Summarizer.Cli.Output;

/// <summary>What the CLI knows about one input: its name, the media type it was (or would be) read as, size and SHA-256.</summary>
internal sealed record InputSource(string Name, string? ContentType, long? Length, string? Sha256);
