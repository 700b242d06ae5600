namespace Summarizer.Core.Ingestion;

/// <summary>
/// The limits of reading one article. Each is a bound on work per request, sized far above what real articles need;
/// <see cref="DecodeBudget"/> charges them inside the decoders' loops. See docs/ingestion.md.
/// </summary>
public sealed record IngestionOptions
{
    public const long DefaultMaxInputBytes = 5 * 1024 * 1024;

    /// <summary>The PDF character budget never falls below this, so a small real PDF is never refused for its size.</summary>
    public const long PdfCharactersFloor = 200_000;

    /// <summary>Largest input accepted, in bytes; larger input fails with <see cref="ErrorCodes.InputTooLarge"/>.</summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>Most pages a PDF may have; more fails with <see cref="ErrorCodes.TooManyPages"/> before any page is read.</summary>
    public int MaxPdfPages { get; init; } = 300;

    /// <summary>
    /// Time reading one article may take, in any format, checked inside the decoders' loops (PDF operations and
    /// pages, Markdown lines, HTML tokens, Word paragraphs); longer fails with <see cref="ErrorCodes.DocumentTooComplex"/>.
    /// </summary>
    public TimeSpan MaxDecodeTime { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Most bytes one article may inflate to: Word parts (checked from the ZIP directory before anything is inflated)
    /// and PDF streams (counted inside each filter as it inflates, every decode of a stream again). More fails with
    /// <see cref="ErrorCodes.DecompressionLimit"/>.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most parts (ZIP entries) a Word file may hold.</summary>
    public int MaxArchiveEntries { get; init; } = 1_000;

    /// <summary>
    /// Highest uncompressed-to-compressed ratio of one part. Word XML compresses about 5 to 20 times; a ratio in the
    /// hundreds is a decompression bomb. Parts under 64 KiB are exempt: tiny repetitive parts compress well and are harmless.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>
    /// Most characters of text a PDF or Word document may hold (PDF glyphs are counted as they are drawn, before layout
    /// analysis). The engine ranks at most 20,000 sentences, about 2.4 million characters, so more is work for nothing.
    /// More fails with <see cref="ErrorCodes.DocumentTooComplex"/>.
    /// </summary>
    public long MaxTextCharacters { get; init; } = 3_000_000;

    /// <summary>
    /// Most characters a PDF may draw per byte of file (never less than <see cref="PdfCharactersFloor"/> in all). Real
    /// PDFs draw 2 to 4; a small file that draws far more (one content stream shared by hundreds of pages, a form
    /// drawn thousands of times) is made to cost, so it fails with <see cref="ErrorCodes.DocumentTooComplex"/>.
    /// </summary>
    public int MaxPdfCharactersPerByte { get; init; } = 10;

    public static IngestionOptions Default { get; } = new();
}
