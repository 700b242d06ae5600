namespace Summarizer.Core.Ingestion;

public sealed record IngestionOptions
{
    public const long DefaultMaxInputBytes = 5 * 1024 * 1024;

    /// <summary>Largest input accepted, in bytes; larger input fails with <see cref="ErrorCodes.InputTooLarge"/>.</summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>Most pages a PDF may have; more fails with <see cref="ErrorCodes.TooManyPages"/> before any page is read.</summary>
    public int MaxPdfPages { get; init; } = 300;

    /// <summary>
    /// Time one PDF or Word document may take to read, checked between pages; longer fails with
    /// <see cref="ErrorCodes.DocumentTooComplex"/>. A bound on work per request, not a tuning knob.
    /// </summary>
    public TimeSpan MaxDocumentDecodeTime { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest total uncompressed size of a Word file's parts; more fails with <see cref="ErrorCodes.DecompressionLimit"/>.</summary>
    public long MaxUncompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most parts (ZIP entries) a Word file may hold.</summary>
    public int MaxArchiveEntries { get; init; } = 1_000;

    /// <summary>
    /// Highest uncompressed-to-compressed ratio of one part. Word XML compresses about 5 to 20 times; a ratio in the
    /// hundreds is a decompression bomb. Parts under 64 KiB are exempt: tiny repetitive parts compress well and are harmless.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    public static IngestionOptions Default { get; } = new();
}
