using System.IO.Compression;
using System.Text;

namespace Summarizer.Testing.Documents;

/// <summary>
/// The hostile corpus: files made to exhaust a decoder's memory, CPU or output (decompression bombs, parser floods,
/// deep nesting, bad encodings, broken archives, dense PDFs), each with the outcome the summariser must reach. Every
/// file is generated here, so the corpus needs no fixtures and its sizes are stated in code.
/// </summary>
public static class HostileFiles
{
    /// <summary>The outcome of a file that must be summarised rather than refused.</summary>
    public const string Summary = "summary";

    /// <summary>The outcome of a file whose text encoding policy may still change: refused with a clear code, or summarised.</summary>
    public const string CodeOrSummary = "code-or-summary";

    private static readonly string[] Words =
    [
        "harbour", "council", "bridge", "river", "tram", "ferry", "budget", "mayor", "engineers", "residents",
        "approved", "closed", "repairs", "spring", "traffic", "station", "vote", "plans", "week", "city",
    ];

    /// <summary>Every hostile file, by name; the generators run only when a file is asked for.</summary>
    public static IReadOnlyList<HostileFile> All { get; } =
    [
        // PDF: inflation, shared and repeated content, state floods.
        new("pdf-flate-bomb.pdf", () => HostilePdf.FlateBomb(1L << 30), "decompression_limit"),
        new("pdf-many-streams.pdf", () => HostilePdf.ManyStreams(250, 1 << 20), "decompression_limit"),
        new("pdf-dense-pages.pdf", () => HostilePdf.DensePages(290), "document_too_complex"),
        new("pdf-form-fanout.pdf", () => HostilePdf.FormFanOut(200_000), "document_too_complex"),
        new("pdf-state-flood.pdf", () => HostilePdf.StateFlood(2_400_000), "document_too_complex"),
        new("pdf-text-flood.pdf", () => HostilePdf.TextFlood(40 << 20), "document_too_complex"),

        // Word and other archives.
        new("docx-bomb.docx", () => DocxBomb(256L << 20), "decompression_limit"),
        new("docx-10000-entries.docx", () => Zip([.. Enumerable.Range(0, 10_000).Select(i => ($"word/media/p{i}.xml", "<x/>"))]), "decompression_limit"),
        new("docx-xxe.docx", DocxWithExternalEntity, "malformed_document"),
        new("docx-nested-archives.docx", DocxHoldingArchives, Summary),
        new("docx-truncated.docx", () => Truncated(DocxArticleWriter.Article("Harbour report", [Sentences(40)])), "malformed_document"),
        // System.IO.Compression does not check CRCs, so a wrong one over intact data is read; damaged data is refused.
        new("docx-bad-crc.docx", () => CorruptedCrc(DocxArticleWriter.Article("Harbour report", [Sentences(40)])), Summary),
        new("docx-damaged-body.docx", () => DamagedEntry(DocxArticleWriter.Article("Harbour report", [Sentences(40)]), "word/document.xml"), "malformed_document"),
        new("gzip-in-gzip.txt.gz", () => Gzip(Gzip(Encoding.UTF8.GetBytes(Sentences(400)))), "unsupported_content"),

        // Markdown floods: list markers, nesting, brackets, emphasis, quotes, unclosed links.
        new("md-list-markers.md", () => Utf8(Repeat("- ", 2_200_000) + "x"), "document_too_complex"),
        new("md-nested-lists.md", () => Utf8(string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- item\n"))), "document_too_complex"),
        new("md-ordered-markers.md", () => Utf8(Repeat("1. ", 1_000_000) + "x"), "document_too_complex"),
        new("md-quotes.md", () => Utf8(Repeat("> ", 1_000_000) + "x"), "document_too_complex"),
        new("md-brackets.md", () => Utf8(Sentences(3) + "\n\n" + Repeat("[", 1_000_000) + "x" + Repeat("]", 1_000_000)), Summary),
        new("md-emphasis.md", () => Utf8(Sentences(3) + "\n\n" + Repeat("*", 1_000_000) + "x" + Repeat("*", 1_000_000)), Summary),
        new("md-unclosed-links.md", () => Utf8(Sentences(3) + "\n\n" + Repeat("[a](", 500_000)), Summary),
        new("md-link-paragraph.md", () => Utf8(Repeat("[harbour bridge council](https://example.com/a) ", 70_000)), Summary),

        // HTML: deep nesting, link floods.
        new("html-deep-100000.html", () => Utf8("<html><body>" + Repeat("<div>", 100_000) + "text"), "document_too_complex"),
        new("html-inline-deep.html", () => Utf8("<html><body><p>" + Repeat("<b><i>", 50_000) + "text"), "document_too_complex"),
        new("html-link-flood.html", () => Utf8("<html><body><p>" + Repeat("<a href=\"/x\">harbour bridge council</a> ", 120_000) + "</p></body></html>"), Summary),

        // Feeds: entity expansion, deep markup in an unclosed description, a quote flood for the lenient reader, many items.
        new("feed-billion-laughs.rss", BillionLaughsFeed, Summary),
        new("feed-deep-description.rss", () => Utf8("<rss version=\"2.0\"><channel><title>Deep</title><item><title>x</title><description>" + Repeat("<div>", 100_000) + "text"), "document_too_complex"),
        new("feed-quote-flood.rss", () => Utf8(FeedItems(1) + Repeat("<a \"'> ", 600_000)), Summary),
        new("feed-many-items.rss", () => Utf8(FeedItems(15_000) + "</channel></rss>"), Summary),

        // JSON: depth and width.
        new("json-deep.json", () => Utf8(Repeat("[", 100_000) + Repeat("]", 100_000)), "invalid_json"),
        new("json-deep-object.json", () => Utf8("{\"text\": \"x\", \"a\": " + Repeat("{\"a\": ", 100_000) + "1" + Repeat("}", 100_001)), "invalid_json"),
        new("json-wide.json", () => Utf8("{\"title\": \"Wide\", \"text\": \"" + Sentences(20) + "\"" + string.Concat(Enumerable.Range(0, 240_000).Select(i => $", \"k{i}\": {i}")) + "}"), Summary),
        new("json-html-deep.json", () => Utf8("{\"text\": \"<div>" + Repeat("<div>", 100_000) + "x\"}"), "document_too_complex"),

        // Text without sentence ends, and bad encodings.
        new("text-no-sentence-ends.txt", () => Utf8(string.Join(' ', Enumerable.Range(0, 700_000).Select(i => Words[(i * 7) % Words.Length]))), Summary),
        new("text-one-long-word.txt", () => Utf8(Repeat("harbour", 700_000)), Summary),
        new("bad-utf8.txt", () => [.. Encoding.UTF8.GetBytes(Sentences(30)), 0xC3, 0x28, 0xA0, 0xA1, .. Encoding.UTF8.GetBytes(Sentences(30))], CodeOrSummary),
        new("bad-overlong-utf8.txt", () => [.. Encoding.UTF8.GetBytes(Sentences(30)), 0xC0, 0xAF, 0xE0, 0x80, 0xAF], CodeOrSummary),
        new("bad-utf16-lone-surrogates.txt", () => [0xFF, 0xFE, .. Enumerable.Range(0, 200_000).SelectMany(i => i % 3 == 0 ? new byte[] { 0x00, 0xD8 } : new byte[] { 0x61, 0x00 })], CodeOrSummary),
        new("bad-nul-flood.txt", () => new byte[4 << 20], CodeOrSummary),
        new("bad-random-bytes.txt", () => RandomBytes(4 << 20), CodeOrSummary),
    ];

    public static HostileFile Get(string name) => All.Single(f => f.Name == name);

    /// <summary>An RSS feed whose DTD declares ten levels of ten-fold entities (a billion "lol"s) and an external entity, all referenced.</summary>
    private static byte[] BillionLaughsFeed()
    {
        var levels = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{Repeat($"&lol{i - 1};", 10)}\">\n"));
        return Utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n" + levels
            + "<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n<rss version=\"2.0\"><channel><title>&lol9;</title>"
            + $"<item><title>&secret;</title><description>{Sentences(40)} &lol9;</description></item></channel></rss>");
    }

    /// <summary>The opening of an RSS feed and <paramref name="count"/> items of escaped-HTML prose, the channel left open.</summary>
    private static string FeedItems(int count) =>
        "<rss version=\"2.0\"><channel><title>Harbour news</title>" + string.Concat(Enumerable.Range(0, count).Select(i =>
            $"<item><title>Item {i}</title><link>https://example.com/{i}</link><description>&lt;p&gt;{Sentences(2)}&lt;/p&gt;</description></item>"));

    /// <summary>A Word file whose body part inflates to <paramref name="inflatedBytes"/> of one repeated byte.</summary>
    public static byte[] DocxBomb(long inflatedBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write("<Types/>"u8);
            }

            using var body = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            HostilePdf.Repeat(body, "a"u8, inflatedBytes);
        }

        return buffer.ToArray();
    }

    /// <summary>A Word document whose body declares an external entity (XXE): a reader that resolves it would read a local file.</summary>
    private static byte[] DocxWithExternalEntity()
    {
        const string document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
            """;
        return ReplaceEntry(DocxArticleWriter.Article("Harbour report", [Sentences(10)]), "word/document.xml", document);
    }

    /// <summary>A real Word document that also carries a bomb archive and a ZIP inside a ZIP among its parts.</summary>
    private static byte[] DocxHoldingArchives()
    {
        var inner = Zip(("bomb.txt", Repeat("a", 2_000_000)));
        var docx = DocxArticleWriter.Article("Harbour report", [Sentences(12), Sentences(12)]);
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update))
        {
            using var stream = zip.CreateEntry("word/embeddings/inner.zip", CompressionLevel.NoCompression).Open();
            stream.Write(Zip(("nested.zip", Encoding.Latin1.GetString(inner))));
        }

        return buffer.ToArray();
    }

    /// <summary>Harmless news-like sentences, the same for the same count.</summary>
    public static string Sentences(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i =>
        $"The {Words[i % 20]} {Words[(i + 3) % 20]} {Words[(i + 10) % 20]} the {Words[(i + 7) % 20]} {Words[(i + 13) % 20]} on day {i + 1}."));

    public static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(Encoding.Latin1.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    private static byte[] ReplaceEntry(byte[] archive, string name, string content)
    {
        using var buffer = new MemoryStream();
        buffer.Write(archive);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update))
        {
            zip.GetEntry(name)!.Delete();
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(content));
        }

        return buffer.ToArray();
    }

    private static byte[] Truncated(byte[] archive) => archive[..(archive.Length * 2 / 3)];

    /// <summary>Flips the stored CRC-32 of every entry, in the local headers and the central directory.</summary>
    private static byte[] CorruptedCrc(byte[] archive)
    {
        var copy = (byte[])archive.Clone();
        for (var i = 0; i + 30 <= copy.Length; i++)
        {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && ((copy[i + 2] == 3 && copy[i + 3] == 4) || (copy[i + 2] == 1 && copy[i + 3] == 2)))
            {
                var crcOffset = copy[i + 2] == 3 ? 14 : 16;
                copy[i + crcOffset] ^= 0xFF;
            }
        }

        return copy;
    }

    /// <summary>Overwrites the middle of one entry's compressed data, leaving the archive's structure intact.</summary>
    private static byte[] DamagedEntry(byte[] archive, string name)
    {
        var copy = (byte[])archive.Clone();
        var nameBytes = Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 30 <= copy.Length; i++)
        {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 3 && copy[i + 3] == 4
                && copy.AsSpan(i + 30).StartsWith(nameBytes))
            {
                var compressed = BitConverter.ToInt32(copy, i + 18);
                var data = i + 30 + BitConverter.ToUInt16(copy, i + 26) + BitConverter.ToUInt16(copy, i + 28);
                copy.AsSpan(data + (compressed / 4), compressed / 2).Fill(0xA5);
                return copy;
            }
        }

        throw new ArgumentException($"The archive has no entry {name}.", nameof(name));
    }

    private static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(21).NextBytes(bytes);
        return bytes;
    }
}
