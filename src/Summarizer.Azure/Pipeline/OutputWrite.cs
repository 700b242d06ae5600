using Summarizer.Azure.Storage;

namespace Summarizer.Azure.Pipeline;

/// <summary>One output blob a run is about to write, with the version it read (null: it did not exist).</summary>
internal sealed record OutputWrite(string Name, BinaryData Content, string ContentType, StoredBlob? Known);
