using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// Bytes to text without guessing: a byte-order mark selects UTF-8, UTF-16 or UTF-32 (little or big endian); without
/// one the bytes must be valid UTF-8. Nothing is ever replaced silently: invalid bytes fail with
/// <see cref="ErrorCodes.InvalidEncoding"/>, and NUL bytes outside UTF-16/32 mark a binary file.
/// </summary>
internal static class StrictTextDecoder
{
    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    public static string Decode(ReadOnlySpan<byte> content)
    {
        // UTF-32 LE first: its mark begins with the UTF-16 LE one.
        if (StartsWith(content, [0xFF, 0xFE, 0x00, 0x00])) return DecodeWide(content[4..], Utf32LittleEndian, "UTF-32 (little endian)");
        if (StartsWith(content, [0x00, 0x00, 0xFE, 0xFF])) return DecodeWide(content[4..], Utf32BigEndian, "UTF-32 (big endian)");
        if (StartsWith(content, [0xFF, 0xFE])) return DecodeWide(content[2..], Utf16LittleEndian, "UTF-16 (little endian)");
        if (StartsWith(content, [0xFE, 0xFF])) return DecodeWide(content[2..], Utf16BigEndian, "UTF-16 (big endian)");
        return DecodeUtf8(StartsWith(content, [0xEF, 0xBB, 0xBF]) ? content[3..] : content);
    }

    // Lets a collection expression of byte values serve as the prefix.
    private static bool StartsWith(ReadOnlySpan<byte> content, ReadOnlySpan<byte> prefix) => content.StartsWith(prefix);

    private static string DecodeUtf8(ReadOnlySpan<byte> content)
    {
        var nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new SummarizerException(ErrorCodes.UnsupportedContent,
                $"The input contains a NUL byte (at offset {nul:N0}), so it is a binary file rather than text "
                + "(or UTF-16 text without a byte-order mark; save it as UTF-8).");
        }

        if (!Utf8.IsValid(content))
        {
            throw new SummarizerException(ErrorCodes.InvalidEncoding,
                $"The article is not valid UTF-8: the bytes at offset {FirstInvalidUtf8Offset(content):N0} do not form a "
                + "character. Save it as UTF-8 (files from older editors are often Windows-1252 or Latin-1), or add a "
                + "byte-order mark if it is UTF-16.");
        }

        return Encoding.UTF8.GetString(content);
    }

    private static string DecodeWide(ReadOnlySpan<byte> content, Encoding encoding, string name)
    {
        try
        {
            return encoding.GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SummarizerException(ErrorCodes.InvalidEncoding,
                $"The article starts with a {name} byte-order mark but is not valid {name} text "
                + "(a truncated character or an unpaired surrogate).", innerException: ex);
        }
    }

    /// <summary>Only called on the error path, to point at the bad bytes.</summary>
    private static long FirstInvalidUtf8Offset(ReadOnlySpan<byte> content)
    {
        var scratch = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            long offset = 0;
            while (!content.IsEmpty)
            {
                var status = Utf8.ToUtf16(content, scratch, out var read, out _, replaceInvalidSequences: false);
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
                {
                    return offset + read;
                }

                offset += read;
                content = content[read..];
            }

            return offset;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }
}
