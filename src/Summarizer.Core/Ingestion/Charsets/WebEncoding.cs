using System.Buffers;
using System.Text;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// One encoding of the WHATWG Encoding Standard and the decoder that reads it here: .NET's own UTF-8 and UTF-16, a
/// Windows code page from <see cref="CodePagesEncodingProvider"/>, or a table of the 128 characters of bytes 0x80-0xFF.
/// Undecodable bytes become U+FFFD, as the standard's "replacement" error mode has it.
/// </summary>
/// <remarks>
/// A single-byte code page is read through a table made from it once, because .NET gives private-use characters
/// (U+F7xx, U+F8xx) for the bytes a code page leaves undefined where the standard gives U+FFFD. Immutable and shared
/// between threads; a code page is loaded on first use.
/// </remarks>
internal sealed class WebEncoding
{
    private static readonly DecoderFallback Replacement = new DecoderReplacementFallback("\uFFFD");

    /// <summary>A multi-byte decoder, or the upper half of a single-byte one; null for the "replacement" encoding.</summary>
    private readonly Lazy<(Encoding? Decoder, string? UpperHalf)>? _decoder;

    private WebEncoding(string name, Func<(Encoding?, string?)>? decoder)
    {
        Name = name;
        _decoder = decoder is null ? null : new Lazy<(Encoding?, string?)>(decoder);
    }

    /// <summary>The standard's name, lower case: <c>utf-8</c>, <c>windows-1252</c>, <c>shift_jis</c>.</summary>
    public string Name { get; }

    public bool IsUtf8 => Name == "utf-8";

    public bool IsUtf16 => Name is "utf-16le" or "utf-16be";

    /// <summary>The standard's "replacement" encoding: labels of encodings browsers refuse to decode (ISO-2022-KR, HZ, …).</summary>
    public bool IsReplacement => _decoder is null;

    public static WebEncoding Of(string name, Encoding encoding) => new(name, () => (encoding, null));

    public static WebEncoding CodePage(string name, int codePage) => new(name, () =>
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ReplacementFallback, Replacement)
            ?? throw new InvalidOperationException($"Code page {codePage} ({name}) is missing from System.Text.Encoding.CodePages.");
        return encoding.IsSingleByte ? (null, UpperHalfOf(encoding)) : (encoding, null);
    });

    /// <summary>A single-byte encoding given by the characters of bytes 0x80-0xFF; bytes below are ASCII.</summary>
    public static WebEncoding Table(string name, string upperHalf) => upperHalf.Length == 128
        ? new WebEncoding(name, () => (null, upperHalf))
        : throw new ArgumentException($"The table of {name} has {upperHalf.Length} characters, not 128.", nameof(upperHalf));

    public static WebEncoding ReplacementEncoding(string name) => new(name, null);

    public string Decode(ReadOnlySpan<byte> bytes)
    {
        var (decoder, upperHalf) = _decoder?.Value ?? throw new InvalidOperationException($"{Name} decodes nothing; callers refuse it first.");
        return upperHalf is null ? decoder!.GetString(bytes) : DecodeSingleByte(bytes, upperHalf);
    }

    /// <summary>Decodes into <paramref name="destination"/>, which must hold as many characters as there are bytes (none of these encodings makes more); returns how many it wrote.</summary>
    public int Decode(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        var (decoder, upperHalf) = _decoder?.Value ?? throw new InvalidOperationException($"{Name} decodes nothing; callers refuse it first.");
        if (upperHalf is null)
        {
            return decoder!.GetChars(bytes, destination);
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            destination[i] = b < 0x80 ? (char)b : upperHalf[b - 0x80];
        }

        return bytes.Length;
    }

    private static string DecodeSingleByte(ReadOnlySpan<byte> bytes, string upperHalf)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var chars = buffer.AsSpan(0, bytes.Length);
            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                chars[i] = b < 0x80 ? (char)b : upperHalf[b - 0x80];
            }

            return new string(chars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string UpperHalfOf(Encoding singleByte)
    {
        Span<byte> bytes = stackalloc byte[128];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0x80 + i);
        }

        // U+F8FF stays: it is the one private-use character the standard maps (the Apple logo of macintosh 0xF0).
        var upper = singleByte.GetString(bytes).ToCharArray();
        for (var i = 0; i < upper.Length; i++)
        {
            upper[i] = upper[i] is >= '\uE000' and < '\uF8FF' ? '\uFFFD' : upper[i];
        }

        return new string(upper);
    }
}
