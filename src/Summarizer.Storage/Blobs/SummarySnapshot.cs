namespace Summarizer.Storage.Blobs;

/// <summary>
/// What the summaries container holds for one article, each blob null when absent: the result (<c>{name}.json</c>, a
/// summary or an error record), its Markdown rendering, and an error record a version before 2.0 left in
/// <c>{name}.error.json</c>. Read from a listing, with ETags and metadata, never from the blobs' bodies.
/// </summary>
public sealed record SummarySnapshot(StoredBlob? Json, StoredBlob? Markdown, StoredBlob? LegacyError)
{
    public static SummarySnapshot Empty { get; } = new(null, null, null);
}
