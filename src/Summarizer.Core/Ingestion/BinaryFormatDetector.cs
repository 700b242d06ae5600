namespace Summarizer.Core.Ingestion;

/// <summary>
/// Recognises common binary files by their magic numbers, so they are refused with a message naming what they are
/// instead of failing later as "invalid UTF-8". Only the first bytes are read, except for ZIP containers, which are
/// searched for the part that tells a Word document from an e-book or a plain archive.
/// </summary>
/// <remarks>Kept apart from decoding: PDF and Word files found here go to their document decoders, the rest are refused.</remarks>
public static class BinaryFormatDetector
{
    public static readonly BinaryFormat Pdf = new("PDF documents", ArticleFormats.Pdf.MediaType);
    public static readonly BinaryFormat Docx = new("Word documents (.docx)", ArticleFormats.Docx.MediaType);
    public static readonly BinaryFormat Xlsx = new("Excel workbooks (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly BinaryFormat Pptx = new("PowerPoint presentations (.pptx)", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    public static readonly BinaryFormat Epub = new("EPUB e-books", "application/epub+zip");
    public static readonly BinaryFormat OpenDocument = new("OpenDocument files", "application/vnd.oasis.opendocument.text");
    public static readonly BinaryFormat Zip = new("ZIP archives", "application/zip");
    public static readonly BinaryFormat LegacyOffice = new("Legacy Office documents (.doc, .xls, .ppt)", "application/x-ole-storage");
    public static readonly BinaryFormat Rtf = new("RTF documents", "application/rtf");
    public static readonly BinaryFormat Png = new("PNG images", "image/png");
    public static readonly BinaryFormat Jpeg = new("JPEG images", "image/jpeg");
    public static readonly BinaryFormat Gif = new("GIF images", "image/gif");
    public static readonly BinaryFormat Webp = new("WebP images", "image/webp");
    public static readonly BinaryFormat Tiff = new("TIFF images", "image/tiff");
    public static readonly BinaryFormat Gzip = new("gzip-compressed files", "application/gzip");
    public static readonly BinaryFormat Bzip2 = new("bzip2-compressed files", "application/x-bzip2");
    public static readonly BinaryFormat Xz = new("xz-compressed files", "application/x-xz");
    public static readonly BinaryFormat Zstandard = new("Zstandard-compressed files", "application/zstd");
    public static readonly BinaryFormat SevenZip = new("7-Zip archives", "application/x-7z-compressed");
    public static readonly BinaryFormat Rar = new("RAR archives", "application/vnd.rar");
    public static readonly BinaryFormat Mp4 = new("MP4 and QuickTime media files", "video/mp4");
    public static readonly BinaryFormat Mp3 = new("MP3 audio files", "audio/mpeg");
    public static readonly BinaryFormat Ogg = new("Ogg media files", "audio/ogg");
    public static readonly BinaryFormat Flac = new("FLAC audio files", "audio/flac");
    public static readonly BinaryFormat Wave = new("WAV audio files", "audio/wav");
    public static readonly BinaryFormat Sqlite = new("SQLite databases", "application/vnd.sqlite3");
    public static readonly BinaryFormat Executable = new("Executable files", "application/octet-stream");
    public static readonly BinaryFormat WebAssembly = new("WebAssembly modules", "application/wasm");

    /// <summary>The binary format <paramref name="content"/> starts like, or null when it does not look like one.</summary>
    public static BinaryFormat? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8)) return Pdf;
        if (content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith("PK\u0005\u0006"u8) || content.StartsWith("PK\u0007\u0008"u8))
        {
            return DetectZipContainer(content);
        }

        if (StartsWith(content, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return LegacyOffice;
        if (content.StartsWith(@"{\rtf"u8)) return Rtf;
        if (StartsWith(content, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (StartsWith(content, [0xFF, 0xD8, 0xFF])) return Jpeg;
        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8)) return Gif;
        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8)) return Tiff;
        if (content.StartsWith("RIFF"u8) && content.Length >= 12)
        {
            if (content[8..12].SequenceEqual("WEBP"u8)) return Webp;
            if (content[8..12].SequenceEqual("WAVE"u8)) return Wave;
        }

        if (StartsWith(content, [0x1F, 0x8B])) return Gzip;
        if (content.StartsWith("BZh"u8) && content.Length >= 10 && content[3] is >= (byte)'1' and <= (byte)'9'
            && StartsWith(content[4..10], [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]))
        {
            return Bzip2;
        }

        if (StartsWith(content, [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00])) return Xz;
        if (StartsWith(content, [0x28, 0xB5, 0x2F, 0xFD])) return Zstandard;
        if (StartsWith(content, [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C])) return SevenZip;
        if (content.StartsWith("Rar!\u001A\u0007"u8)) return Rar;
        if (content.Length >= 8 && content[4..8].SequenceEqual("ftyp"u8)) return Mp4;
        if (content.StartsWith("ID3"u8) && content.Length >= 5 && content[3] is >= 2 and <= 4 && content[4] == 0) return Mp3;
        if (content.StartsWith("OggS\0"u8)) return Ogg;
        if (content.StartsWith("fLaC\0"u8)) return Flac;
        if (content.StartsWith("SQLite format 3\0"u8)) return Sqlite;
        if (StartsWith(content, [0x7F, (byte)'E', (byte)'L', (byte)'F']) || StartsWith(content, [0xCA, 0xFE, 0xBA, 0xBE])) return Executable;
        if (content.StartsWith("\0asm"u8)) return WebAssembly;
        return null;
    }

    // Lets a collection expression of byte values serve as the prefix.
    private static bool StartsWith(ReadOnlySpan<byte> content, ReadOnlySpan<byte> prefix) => content.StartsWith(prefix);

    /// <summary>Office Open XML, EPUB and OpenDocument files are ZIP archives; the names of their parts tell them apart.</summary>
    private static BinaryFormat DetectZipContainer(ReadOnlySpan<byte> content)
    {
        if (content.IndexOf("mimetypeapplication/epub+zip"u8) >= 0) return Epub;
        if (content.IndexOf("mimetypeapplication/vnd.oasis.opendocument."u8) >= 0) return OpenDocument;
        if (content.IndexOf("word/document"u8) >= 0) return Docx;
        if (content.IndexOf("xl/workbook"u8) >= 0) return Xlsx;
        if (content.IndexOf("ppt/presentation"u8) >= 0) return Pptx;
        return Zip;
    }
}
