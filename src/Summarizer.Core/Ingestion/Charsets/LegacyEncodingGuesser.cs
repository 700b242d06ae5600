using System.Buffers;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// Guesses the legacy encoding of bytes that declare none and are neither UTF-8 nor Latin text in windows-1252: the
/// frequency-analysis step the HTML standard's encoding sniffing algorithm allows before the locale's default (Firefox
/// and Chrome take it too). Each candidate reads the same sample; the one whose reading earns the largest share of its
/// points wins (<see cref="LegacyCandidate.Score"/>), if that reading clearly is text. Deterministic, and bounded
/// whatever the input's size: one sample of at most 16 KiB, one pooled buffer, twenty readings.
/// </summary>
internal static class LegacyEncodingGuesser
{
    private const int SampleBytes = 16 * 1024;

    /// <summary>Fewer non-ASCII letters than this is a word or two: too little to tell encodings apart, so nothing is guessed.</summary>
    public const int MinLetters = 8;

    /// <summary>The share of its possible points a reading must earn to be text, in per cent.</summary>
    public const int MinSharePercent = 75;

    /// <summary>The encoding <paramref name="content"/> reads best in, or null when none reads clearly as text.</summary>
    public static WebEncoding? Guess(ReadOnlySpan<byte> content)
    {
        var sample = Sample(content);
        var buffer = ArrayPool<char>.Shared.Rent(sample.Length);
        try
        {
            LegacyCandidate? best = null;
            var bestReading = default(LegacyCandidate.Reading);
            foreach (var candidate in LegacyCandidates.All)
            {
                var length = candidate.Encoding.Decode(sample, buffer);
                var reading = candidate.Score(ReadingTally.Of(buffer.AsSpan(0, length)));
                if (best is null || reading.IsBetterThan(bestReading))
                {
                    (best, bestReading) = (candidate, reading);
                }
            }

            return bestReading.Letters >= MinLetters && bestReading.Earns(MinSharePercent) ? best!.Encoding : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// At most 16 KiB from the first non-ASCII byte on (a page's head can be tens of KiB of ASCII markup, and only the
    /// non-ASCII bytes tell encodings apart), started after and ended before a byte below 0x30 (a space, a line break,
    /// '&lt;'): no encoding here uses such a byte inside a character, so the sample holds whole characters only.
    /// </summary>
    private static ReadOnlySpan<byte> Sample(ReadOnlySpan<byte> content)
    {
        var first = content.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        var start = first <= 0 ? 0 : content[..first].LastIndexOfAnyInRange((byte)0x00, (byte)0x2F) + 1;
        var sample = content[start..];
        if (sample.Length <= SampleBytes)
        {
            return sample;
        }

        sample = sample[..SampleBytes];
        var end = sample.LastIndexOfAnyInRange((byte)0x00, (byte)0x2F);
        return end > 0 ? sample[..end] : sample;
    }
}
