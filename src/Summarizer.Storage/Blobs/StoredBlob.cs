using Azure;

namespace Summarizer.Storage.Blobs;

/// <summary>An output blob that exists: its version (for conditional writes) and the provenance recorded on it.</summary>
public sealed record StoredBlob(ETag ETag, SummaryMetadata Metadata);
