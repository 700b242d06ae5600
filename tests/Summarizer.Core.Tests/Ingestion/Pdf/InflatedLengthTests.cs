using System.IO.Compression;
using System.Text;
using Summarizer.Core.Ingestion.Pdf;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Summarizer.Core.Tests.Ingestion.Pdf;

/// <summary>The measured length of a stream is what PdfPig's own filter produces, so no filter can slip past the budget.</summary>
public sealed class InflatedLengthTests
{
    private static readonly DictionaryToken NoParameters = new(new Dictionary<NameToken, IToken>());

    public static TheoryData<string> Contents => new()
    {
        "",
        "BT /F1 12 Tf (The harbour bridge reopened.) Tj ET",
        string.Concat(Enumerable.Repeat("TOBEORNOTTOBEORTOBEORNOT#", 400)),
        new string(' ', 300_000),
        string.Concat(Enumerable.Range(0, 20_000).Select(i => (char)('a' + (i * 7 % 26)))),
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void Flate_IsTheLengthPdfPigInflatesTo(string content)
    {
        var encoded = Zlib(Encoding.ASCII.GetBytes(content));

        Assert.Equal(content.Length, InflatedLength.Flate(encoded, long.MaxValue));
        Assert.Equal(content.Length, new FlateFilter().Decode(encoded, NoParameters, DefaultFilterProvider.Instance, 0).Length);
    }

    [Theory]
    [MemberData(nameof(Contents))]
    public void Lzw_IsTheLengthPdfPigDecodesTo(string content)
    {
        var encoded = LzwEncode(Encoding.ASCII.GetBytes(content));

        var decoded = new LzwFilter().Decode(encoded, NoParameters, DefaultFilterProvider.Instance, 0);

        Assert.Equal(content, Encoding.ASCII.GetString(decoded.Span));
        Assert.Equal(content.Length, InflatedLength.Lzw(encoded, earlyChange: true, long.MaxValue));
    }

    [Fact]
    public void RunLength_IsTheLengthPdfPigDecodesTo()
    {
        // A literal run of 3 bytes, 100 copies of 'x', a literal 'y', end of data.
        byte[] encoded = [2, (byte)'a', (byte)'b', (byte)'c', 157, (byte)'x', 0, (byte)'y', 128];

        var decoded = new RunLengthFilter().Decode(encoded, NoParameters, DefaultFilterProvider.Instance, 0);

        Assert.Equal("abc" + new string('x', 100) + "y", Encoding.ASCII.GetString(decoded.Span));
        Assert.Equal(104, InflatedLength.RunLength(encoded, long.MaxValue));
    }

    [Fact]
    public void Flate_StopsCountingJustPastTheCap()
    {
        var bomb = Zlib(new byte[64 << 20]);

        var measured = InflatedLength.Flate(bomb, cap: 1 << 20);

        Assert.InRange(measured, (1 << 20) + 1, (1 << 20) + (64 * 1024));
    }

    [Fact]
    public void Flate_TruncatedStream_CountsWhatInflatesBeforeTheCut()
    {
        var encoded = Zlib(RandomText(200_000));

        var measured = InflatedLength.Flate(encoded.AsMemory(0, encoded.Length / 2), long.MaxValue);

        Assert.InRange(measured, 1, 199_999);
    }

    private static byte[] RandomText(int length)
    {
        var random = new Random(21);
        return [.. Enumerable.Range(0, length).Select(_ => (byte)random.Next('a', 'z' + 1))];
    }

    private static byte[] Zlib(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize))
        {
            zlib.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A plain LZW encoder as PDF writers use it: 9 to 12-bit codes, most significant bit first, a clear code first and
    /// whenever the table fills, the code width growing one code early (EarlyChange 1), and an end-of-data code.
    /// </summary>
    private static byte[] LzwEncode(byte[] data)
    {
        const int Clear = 256, End = 257;
        var output = new List<byte>();
        ulong bits = 0;
        var bitCount = 0;
        var width = 9;
        void Emit(int code)
        {
            bits = (bits << width) | (uint)code;
            bitCount += width;
            while (bitCount >= 8)
            {
                output.Add((byte)(bits >> (bitCount - 8)));
                bitCount -= 8;
            }
        }

        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        void Reset()
        {
            table.Clear();
            for (var i = 0; i < 256; i++)
            {
                table[((char)i).ToString()] = i;
            }
        }

        Reset();
        Emit(Clear);
        var next = 258;
        var current = "";
        foreach (var b in data)
        {
            var extended = current + (char)b;
            if (table.ContainsKey(extended))
            {
                current = extended;
                continue;
            }

            Emit(table[current]);
            table[extended] = next++;
            width = next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
            current = ((char)b).ToString();
            if (next >= 4094)
            {
                Emit(Clear);
                Reset();
                (next, width) = (258, 9);
            }
        }

        if (current.Length > 0)
        {
            Emit(table[current]);
        }

        Emit(End);
        if (bitCount > 0)
        {
            output.Add((byte)(bits << (8 - bitCount)));
        }

        return [.. output];
    }
}
