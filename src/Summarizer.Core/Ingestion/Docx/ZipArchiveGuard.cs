using System.IO.Compression;

namespace Summarizer.Core.Ingestion.Docx;

/// <summary>
/// Refuses a ZIP container that would inflate to too much: too many entries, more bytes in total than the article's
/// <see cref="DecodeBudget"/> allows, or an entry compressed far beyond what real documents reach (a decompression
/// bomb). The sizes are read from the central directory before anything is inflated. A directory that understates a size gains nothing: System.IO.Compression
/// stops inflating an entry at the size its directory record declares.
/// </summary>
internal static class ZipArchiveGuard
{
    /// <summary>Entries smaller than this are exempt from the ratio check: small repetitive parts compress well and are harmless.</summary>
    private const long RatioExemptBytes = 64 * 1024;

    public static void Check(Stream archive, DecodeBudget budget)
    {
        var options = budget.Options;
        using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        var entries = zip.Entries;
        if (entries.Count > options.MaxArchiveEntries)
        {
            throw Limit($"The file holds {entries.Count:N0} parts; the limit is {options.MaxArchiveEntries:N0}.");
        }

        foreach (var entry in entries)
        {
            budget.ChargeInflated(entry.Length, "The file's parts");
            if (entry.Length > RatioExemptBytes && entry.Length > entry.CompressedLength * options.MaxCompressionRatio)
            {
                throw Limit($"The part '{entry.FullName}' is compressed {entry.Length / Math.Max(1, entry.CompressedLength):N0} to 1; "
                    + $"the limit is {options.MaxCompressionRatio:N0} to 1, as real documents stay far below it.");
            }
        }
    }

    private static SummarizerException Limit(string message) =>
        new(ErrorCodes.DecompressionLimit, message + " It looks like a decompression bomb, so it was not unpacked.");
}
