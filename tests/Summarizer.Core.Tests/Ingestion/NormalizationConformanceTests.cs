using System.Globalization;
using System.IO.Compression;
using System.Text;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Ingestion;

/// <summary>
/// Article text is Unicode NFC so that the same words compare equal however they were typed: every decoder writes
/// through <see cref="BlockTextBuilder"/>, which composes with ICU's <see cref="string.Normalize()"/>. This holds only
/// while the build keeps ICU (invariant globalization turns Normalize into a no-op; docs/adr/0004), so the conformance
/// lines of Unicode's NormalizationTest.txt are checked here, from the subset in Fixtures/Unicode (see its README).
/// </summary>
public sealed class NormalizationConformanceTests
{
    [Fact]
    public void Normalize_UnicodeConformanceLines_MeetEveryNfcInvariant()
    {
        var failures = new StringBuilder();
        var lines = 0;
        using var reader = new StreamReader(new GZipStream(
            File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Unicode", "normalization-test.txt.gz")), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] is '#' or '@')
            {
                continue;
            }

            lines++;
            var (source, nfc, nfd, nfkc, nfkd) = Columns(line);

            // The standard's NFC invariants: c2 == NFC(c1) == NFC(c2) == NFC(c3) and c4 == NFC(c4) == NFC(c5).
            if (new[] { source, nfc, nfd }.Any(s => s.Normalize() != nfc) || new[] { nfkc, nfkd }.Any(s => s.Normalize() != nfkc))
            {
                failures.Append(line).Append('\n');
            }
        }

        Assert.True(lines > 18_000, $"Only {lines} conformance lines were read.");
        Assert.True(failures.Length == 0, $"NFC breaks these NormalizationTest lines:\n{failures}");
    }

    [Theory]
    [InlineData("text/plain", "Cafe\u0301 in Zu\u0308rich, A\u030Angstro\u0308m.", "Caf\u00E9 in Z\u00FCrich, \u00C5ngstr\u00F6m.")]
    [InlineData("text/html", "<p>Cafe\u0301 in Zu\u0308rich, A\u030Angstro\u0308m.</p>", "Caf\u00E9 in Z\u00FCrich, \u00C5ngstr\u00F6m.")]
    [InlineData("text/markdown", "# Title\n\nCafe\u0301 in Zu\u0308rich, A\u030Angstro\u0308m.", "Caf\u00E9 in Z\u00FCrich, \u00C5ngstr\u00F6m.")]
    [InlineData("text/plain", "\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165 \u0438\u0306 \u0395\u0301", "\uD55C\uAD6D\uC5B4 \u0439 \u0388")]
    public void Decode_DecomposedText_ComesOutComposed(string contentType, string input, string expected)
    {
        var article = IngestionFixtures.Decode(input, contentType: contentType);

        Assert.EndsWith(expected, article.Text, StringComparison.Ordinal);
    }

    /// <summary>U+FFFE is no character (a byte-swapped byte-order mark) and ICU's Normalize refuses a string holding it.</summary>
    [Theory]
    [InlineData("text/plain", "Cafe\u0301 \uFFFE end.")]
    [InlineData("text/html", "<p>Cafe\u0301 \uFFFE end.</p>")]
    public void Decode_NoncharacterBesideTextToCompose_BecomesReplacementCharacter(string contentType, string input)
    {
        var article = IngestionFixtures.Decode(input, contentType: contentType);

        Assert.Equal("Caf\u00E9 \uFFFD end.", article.Text);
    }

    private static (string, string, string, string, string) Columns(string line)
    {
        var columns = line.Split(';').Select(FromCodePoints).ToArray();
        return (columns[0], columns[1], columns[2], columns[3], columns[4]);
    }

    private static string FromCodePoints(string hex) => string.Concat(hex.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(point => char.ConvertFromUtf32(int.Parse(point, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
}
