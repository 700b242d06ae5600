using Azure;

namespace Summarizer.Storage.Blobs;

/// <summary>One version of an article blob as storage last described it; <see cref="ETag"/> identifies the version.</summary>
public sealed record ArticleSnapshot(string Name, ETag ETag, DateTimeOffset LastModified, long Length, string? ContentType);
