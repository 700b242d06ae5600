using System.Diagnostics;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// What reading one article may cost, shared by every decoder that touches it: time, bytes inflated and characters of
/// text. Decoders charge it inside the loops that can blow up (a PDF stream filter, a page's drawing operations, a
/// Markdown line, an HTML token, a Word paragraph), so a hostile file is stopped where it starts to cost, not after.
/// Going over is a permanent error: <see cref="ErrorCodes.DocumentTooComplex"/> for time and text,
/// <see cref="ErrorCodes.DecompressionLimit"/> for inflation.
/// </summary>
/// <remarks>One article is read on one thread, so the budget is not synchronised.</remarks>
public sealed class DecodeBudget
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _inflated;
    private long _characters;

    public DecodeBudget(IngestionOptions options, long inputBytes)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        MaxCharacters = options.MaxTextCharacters;
        MaxPdfCharacters = Math.Min(options.MaxTextCharacters,
            Math.Max(IngestionOptions.PdfCharactersFloor, inputBytes * options.MaxPdfCharactersPerByte));
    }

    public IngestionOptions Options { get; }

    /// <summary>Bytes the article may still inflate: PDF streams (every decode of a stream counts) and Word parts.</summary>
    public long InflatedRemaining => Options.MaxUncompressedBytes - _inflated;

    /// <summary>Most characters of text the article may hold: <see cref="IngestionOptions.MaxTextCharacters"/>.</summary>
    public long MaxCharacters { get; }

    /// <summary>
    /// Most characters a PDF of this size may draw: <see cref="IngestionOptions.MaxPdfCharactersPerByte"/> per byte of
    /// file, at least <see cref="IngestionOptions.PdfCharactersFloor"/>, at most <see cref="MaxCharacters"/>.
    /// </summary>
    public long MaxPdfCharacters { get; }

    /// <summary>A budget with the default limits, for callers that decode one piece of text on its own.</summary>
    public static DecodeBudget ForText(string text) => new(IngestionOptions.Default, text.Length);

    /// <summary>Throws <see cref="ErrorCodes.DocumentTooComplex"/> once reading has taken longer than the options allow.</summary>
    /// <param name="what">What is being read, for the message: "the PDF", "the Markdown".</param>
    public void ThrowIfOverTime(string what)
    {
        if (Stopwatch.GetElapsedTime(_started) > Options.MaxDecodeTime)
        {
            throw new SummarizerException(ErrorCodes.DocumentTooComplex,
                $"Reading {what} took longer than {Options.MaxDecodeTime.TotalSeconds:N0} seconds; it is too complex to summarise.");
        }
    }

    /// <summary>Counts <paramref name="bytes"/> inflated; throws <see cref="ErrorCodes.DecompressionLimit"/> past the cap.</summary>
    public void ChargeInflated(long bytes, string what)
    {
        _inflated += bytes;
        if (_inflated > Options.MaxUncompressedBytes)
        {
            throw new SummarizerException(ErrorCodes.DecompressionLimit,
                $"{what} would unpack to more than {Options.MaxUncompressedBytes:N0} bytes. It looks like a decompression bomb, so it was not unpacked.");
        }
    }

    /// <summary>Characters of text read so far (PDF glyphs drawn, Word text).</summary>
    public long Characters => _characters;

    /// <summary>Counts characters of text read; false once the count passes <paramref name="limit"/> (the caller explains why).</summary>
    public bool TryChargeCharacters(long characters, long limit)
    {
        _characters += characters;
        return _characters <= limit;
    }
}
