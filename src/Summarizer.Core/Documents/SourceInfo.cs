namespace Summarizer.Core.Documents;

/// <summary>The article a summary was made from: name, the media type it was decoded as, SHA-256 (lower-case hex) and byte length.</summary>
public sealed record SourceInfo(string? Name, string ContentType, string Sha256, long Length);
