using System.IO.Compression;
using System.Text;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Ingestion;

public sealed class BinaryFormatDetectorTests
{
    public static TheoryData<string, byte[], string> MagicNumbers => new()
    {
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "PNG images" },
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "JPEG images" },
        { "GIF87a", Encoding.ASCII.GetBytes("GIF87a\u0001\u0000"), "GIF images" },
        { "GIF89a", Encoding.ASCII.GetBytes("GIF89a\u0001\u0000"), "GIF images" },
        { "WebP", Encoding.ASCII.GetBytes("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "), "WebP images" },
        { "WAV", Encoding.ASCII.GetBytes("RIFF\u0024\u0000\u0000\u0000WAVEfmt "), "WAV audio" },
        { "TIFF", [(byte)'I', (byte)'I', 0x2A, 0, 8, 0, 0, 0], "TIFF images" },
        { "empty ZIP", [(byte)'P', (byte)'K', 5, 6, 0, 0, 0, 0], "ZIP archives" },
        { "legacy Word", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "Legacy Office documents" },
        { "RTF", Encoding.ASCII.GetBytes(@"{\rtf1\ansi Hello}"), "RTF documents" },
        { "bzip2", [(byte)'B', (byte)'Z', (byte)'h', (byte)'9', 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0], "bzip2-compressed" },
        { "xz", [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0, 0, 4], "xz-compressed" },
        { "Zstandard", [0x28, 0xB5, 0x2F, 0xFD, 0x24, 0x05], "Zstandard-compressed" },
        { "7-Zip", [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4], "7-Zip archives" },
        { "RAR", Encoding.ASCII.GetBytes("Rar!\u001A\u0007\u0001\u0000"), "RAR archives" },
        { "MP4", [0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'], "MP4 and QuickTime" },
        { "MP3", [(byte)'I', (byte)'D', (byte)'3', 4, 0, 0, 0, 0], "MP3 audio" },
        { "Ogg", Encoding.ASCII.GetBytes("OggS\u0000\u0002"), "Ogg media" },
        { "FLAC", Encoding.ASCII.GetBytes("fLaC\u0000\u0000\u0000\u0022"), "FLAC audio" },
        { "SQLite", Encoding.ASCII.GetBytes("SQLite format 3\u0000\u0010"), "SQLite databases" },
        { "ELF", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1], "Executable files" },
        { "WebAssembly", [0, (byte)'a', (byte)'s', (byte)'m', 1, 0, 0, 0], "WebAssembly modules" },
        { "gzip", Gzip("compressed article text"), "gzip-compressed files" },
        { "ZIP", Zip(("notes.txt", "plain notes")), "ZIP archives" },
        { "XLSX", Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), "Excel workbooks" },
        { "PPTX", Zip(("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p/>")), "PowerPoint presentations" },
        { "EPUB", Zip(("mimetype", "application/epub+zip"), ("OEBPS/content.opf", "<package/>")), "EPUB e-books" },
    };

    [Theory]
    [MemberData(nameof(MagicNumbers))]
    public void Decode_BinaryFile_RefusedNamingTheFormat(string format, byte[] bytes, string messagePart)
    {
        var error = Assert.Throws<SummarizerException>(() => new ArticleDecoder().Decode(new ArticleInput(bytes, "upload.txt")));

        Assert.Equal(ErrorCodes.UnsupportedContent, error.Code);
        Assert.True(error.Message.Contains(messagePart, StringComparison.Ordinal), $"{format}: {error.Message}");
    }

    [Theory]
    [InlineData("BMW sales rose by a tenth.")]
    [InlineData("ID3 tags describe music files.")]
    [InlineData("GIF is pronounced two ways.")]
    [InlineData("PK Das won the election.")]
    [InlineData("MZ and BZh are just letters here.")]
    [InlineData("RIFF is a container format.")]
    [InlineData("{\"text\": \"a JSON article\"}")]
    public void Detect_TextThatStartsLikeAMagicNumber_IsNotBinary(string text)
    {
        Assert.Null(BinaryFormatDetector.Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Decode_ExcelWorkbook_RefusalListsTheFormatsThatAreRead()
    {
        var bytes = Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

        var error = Assert.Throws<SummarizerException>(() => new ArticleDecoder().Decode(new ArticleInput(bytes, "book.xlsx")));

        Assert.Contains("application/pdf", error.Message, StringComparison.Ordinal);
        Assert.Contains(ArticleFormats.Docx.MediaType, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_Pdf_ReportsItsMediaType()
    {
        Assert.Equal("application/pdf", BinaryFormatDetector.Detect("%PDF-2.0"u8)?.MediaType);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
