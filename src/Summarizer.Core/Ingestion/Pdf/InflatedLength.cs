using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// How many bytes a PDF stream filter would produce, worked out without keeping them, and never past a cap: a
/// decompression bomb is measured only up to the point where it is over budget. A filter is measured before the real
/// decoder runs, so the real decoder only ever sees streams the budget can afford.
/// </summary>
internal static class InflatedLength
{
    private const int ScratchLength = 64 * 1024;

    /// <summary>FlateDecode: inflates into a scratch buffer. Damage ends the count, as it ends the real decoder's output.</summary>
    /// <returns>The inflated length, or a number above <paramref name="cap"/> once it is passed.</returns>
    public static long Flate(ReadOnlyMemory<byte> input, long cap)
    {
        // The two bytes of the zlib header are skipped, as the real decoder does; the checksum is never read.
        if (input.Length < 2)
        {
            return 0;
        }

        var scratch = ArrayPool<byte>.Shared.Rent(ScratchLength);
        try
        {
            var body = input[2..];
            using var compressed = MemoryMarshal.TryGetArray(body, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(body.ToArray(), writable: false);
            using var inflater = new DeflateStream(compressed, CompressionMode.Decompress);
            long total = 0;
            while (total <= cap)
            {
                int read;
                try
                {
                    read = inflater.Read(scratch, 0, scratch.Length);
                }
                catch (InvalidDataException)
                {
                    break;
                }

                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>RunLengthDecode: sums the run lengths (a run of up to 128 copies costs two input bytes).</summary>
    public static long RunLength(ReadOnlySpan<byte> input, long cap)
    {
        long total = 0;
        var i = 0;
        while (i < input.Length && total <= cap)
        {
            var length = input[i];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                total += length + 1;
                i += length + 2;
            }
            else
            {
                total += 257 - length;
                i += 2;
            }
        }

        return total;
    }

    /// <summary>
    /// LZWDecode: follows the codes and the lengths of the table entries they name, not their bytes. Codes are 9 to
    /// 12 bits, most significant bit first; 256 clears the table, 257 ends the data; with EarlyChange (the default)
    /// the code width grows one code early.
    /// </summary>
    public static long Lzw(ReadOnlySpan<byte> input, bool earlyChange, long cap)
    {
        const int Clear = 256, End = 257, First = 258, MaxCodes = 4096;
        Span<int> lengths = stackalloc int[MaxCodes];
        lengths[..256].Fill(1);
        var next = First;
        var width = 9;
        var previousLength = 0;
        long total = 0;
        uint bits = 0;
        var bitCount = 0;
        foreach (var b in input)
        {
            bits = (bits << 8) | b;
            bitCount += 8;
            while (bitCount >= width)
            {
                var code = (int)((bits >> (bitCount - width)) & ((1u << width) - 1));
                bitCount -= width;
                if (code == End || total > cap)
                {
                    return total;
                }

                if (code == Clear)
                {
                    (next, width, previousLength) = (First, 9, 0);
                    continue;
                }

                // A code not yet in the table can only be the previous entry plus one byte.
                var length = code < next ? lengths[code] : previousLength + 1;
                total += length;
                if (previousLength > 0 && next < MaxCodes)
                {
                    lengths[next++] = previousLength + 1;
                    var widen = next + (earlyChange ? 1 : 0);
                    width = widen >= 2048 ? 12 : widen >= 1024 ? 11 : widen >= 512 ? 10 : 9;
                }

                previousLength = length;
            }
        }

        return total;
    }
}
