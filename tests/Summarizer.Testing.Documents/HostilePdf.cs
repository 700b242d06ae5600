using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Summarizer.Testing.Documents;

/// <summary>
/// Writes PDF files byte by byte, the way an attacker would craft them: a page tree, a Helvetica font, and content
/// streams given as raw bytes (compressed with FlateDecode or not), with a correct cross-reference table so any
/// reader opens them; and the hostile PDFs of the corpus made with it. PdfPig's own writer cannot make a bomb, a
/// shared content stream or a form drawn a million times.
/// </summary>
public sealed class HostilePdf
{
    private static readonly string[] DenseWords =
    [
        "harbour", "council", "bridge", "river", "tram", "ferry", "budget", "mayor", "engineers", "residents",
        "approved", "closed", "repairs", "spring", "traffic", "station", "vote", "plans", "week", "city",
    ];

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

    /// <summary>One page whose content stream inflates to <paramref name="inflatedBytes"/>: a line of text, then spaces.</summary>
    public static byte[] FlateBomb(long inflatedBytes)
    {
        var pdf = new HostilePdf();
        var content = pdf.AddFlateStream(s =>
        {
            s.Write("BT /F1 12 Tf 72 720 Td (The harbour bridge reopened on Monday.) Tj ET\n"u8);
            Repeat(s, " "u8, inflatedBytes);
        });
        return pdf.Build([content]);
    }

    /// <summary>Pages whose content streams each inflate to a modest size, but together to far more than any document needs.</summary>
    public static byte[] ManyStreams(int pages, int bytesEach)
    {
        var pdf = new HostilePdf();
        var spaces = Deflate(s => Repeat(s, " "u8, bytesEach));

        // One stream object per page, so a reader that caches decoded objects still inflates each one.
        return pdf.Build([.. Enumerable.Range(0, pages).Select(_ => pdf.AddFlateStream(spaces))]);
    }

    /// <summary>
    /// Many pages that share one content stream of small, tightly set text: a few kilobytes of file, but every page
    /// costs full layout analysis.
    /// </summary>
    public static byte[] DensePages(int pages)
    {
        var pdf = new HostilePdf();
        var content = pdf.AddFlateStream(s =>
        {
            var text = new StringBuilder("BT /F1 4 Tf 4.5 TL 10 785 Td\n");
            for (var line = 0; line < 170; line++)
            {
                text.Append('(');
                for (var word = 0; word < 30; word++)
                {
                    text.Append(DenseWords[(line * 31 + word * 7) % DenseWords.Length]).Append(' ');
                }

                text.Append(") '\n");
            }

            s.Write(Encoding.ASCII.GetBytes(text.Append("ET\n").ToString()));
        });
        return pdf.Build([.. Enumerable.Repeat(content, pages)]);
    }

    /// <summary>One page that draws a small form of text <paramref name="draws"/> times.</summary>
    public static byte[] FormFanOut(int draws)
    {
        var pdf = new HostilePdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var form = pdf.AddStream(Encoding.ASCII.GetBytes("BT /F1 10 Tf 72 700 Td (The council approved the harbour budget on Monday.) Tj ET"),
            $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> ");
        var content = pdf.AddFlateStream(s => Repeat(s, "/X1 Do\n"u8, draws));
        return pdf.Build([content], $"/XObject << /X1 {form} 0 R >>");
    }

    /// <summary>One page that saves the graphics state <paramref name="saves"/> times without restoring it.</summary>
    public static byte[] StateFlood(int saves)
    {
        var pdf = new HostilePdf();
        var content = pdf.AddStream([.. "BT /F1 12 Tf 72 720 Td (Harbour.) Tj ET\n"u8, .. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("q ", saves)))]);
        return pdf.Build([content]);
    }

    /// <summary>One page whose content inflates to <paramref name="inflatedBytes"/> of text-showing operators (within any inflation cap a PDF of real text needs).</summary>
    public static byte[] TextFlood(long inflatedBytes)
    {
        var pdf = new HostilePdf();
        var content = pdf.AddFlateStream(s =>
        {
            var unit = "(harbour bridge council vote) Tj\n"u8;
            s.Write("BT /F1 10 Tf 72 720 Td\n"u8);
            Repeat(s, unit, inflatedBytes / unit.Length);
            s.Write("ET\n"u8);
        });
        return pdf.Build([content]);
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
