using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Summarizer.TestDocuments;

/// <summary>
/// Writes PDF files byte by byte, the way an attacker would craft them: a page tree, a Helvetica font, and content
/// streams given as raw bytes (compressed with FlateDecode or not), with a correct cross-reference table so any
/// reader opens them. PdfPig's own writer cannot make a bomb, a shared content stream or a form drawn a million times.
/// </summary>
public sealed class HostilePdf
{
    private readonly List<byte[]> _objects = [];

    /// <summary>A content stream compressed with FlateDecode, as tightly as zlib can; returns its object number.</summary>
    public int AddFlateStream(Action<Stream> writeContent, string? extraDictionary = null) =>
        AddFlateStream(Deflate(writeContent), extraDictionary);

    /// <summary>A stream of bytes already compressed by <see cref="Deflate"/>; returns its object number.</summary>
    public int AddFlateStream(byte[] compressed, string? extraDictionary = null) =>
        AddStream(compressed, $"/Filter /FlateDecode {extraDictionary}");

    /// <summary>What <paramref name="writeContent"/> writes, in the zlib format of FlateDecode.</summary>
    public static byte[] Deflate(Action<Stream> writeContent)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            writeContent(zlib);
        }

        return compressed.ToArray();
    }

    /// <summary>A stream stored as it is; returns its object number.</summary>
    public int AddStream(byte[] data, string? extraDictionary = null)
    {
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<< /Length {data.Length} {extraDictionary}>>\nstream\n"));
        var tail = "\nendstream"u8.ToArray();
        return Add([.. head, .. data, .. tail]);
    }

    public int Add(string dictionary) => Add(Encoding.ASCII.GetBytes(dictionary));

    /// <summary>
    /// Finishes the file: a catalog, one Helvetica font as /F1, and one page per entry of <paramref name="pageContents"/>
    /// (object numbers of content streams; several pages may share one). <paramref name="pageResources"/> is added to
    /// every page's resource dictionary, e.g. <c>/XObject &lt;&lt; /X1 7 0 R &gt;&gt;</c>.
    /// </summary>
    public byte[] Build(IReadOnlyList<int> pageContents, string pageResources = "")
    {
        var font = Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var pagesNumber = _objects.Count + 1 + pageContents.Count;
        var kids = new StringBuilder();
        foreach (var content in pageContents)
        {
            var page = Add(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {pagesNumber} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> {pageResources} >> /Contents {content} 0 R >>"));
            kids.Append(CultureInfo.InvariantCulture, $"{page} 0 R ");
        }

        Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{kids}] /Count {pageContents.Count} >>"));
        var catalog = Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Catalog /Pages {pagesNumber} 0 R >>"));

        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n")));
            pdf.Write(_objects[i]);
            pdf.Write("\nendobj\n"u8);
        }

        var xref = pdf.Position;
        var table = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }

    private int Add(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    /// <summary>Writes <paramref name="count"/> copies of <paramref name="unit"/> in blocks, so a gigabyte costs no gigabyte of memory.</summary>
    public static void Repeat(Stream stream, ReadOnlySpan<byte> unit, long count)
    {
        var perBlock = Math.Max(1, (64 * 1024) / unit.Length);
        var block = new byte[perBlock * unit.Length];
        for (var i = 0; i < perBlock; i++)
        {
            unit.CopyTo(block.AsSpan(i * unit.Length));
        }

        for (var written = 0L; written < count; written += perBlock)
        {
            var copies = (int)Math.Min(perBlock, count - written);
            stream.Write(block, 0, copies * unit.Length);
        }
    }
}
