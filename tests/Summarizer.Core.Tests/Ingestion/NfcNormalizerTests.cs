using System.Globalization;
using System.Text;
using Summarizer.Core.Ingestion.Unicode;

namespace Summarizer.Core.Tests.Ingestion;

public sealed class NfcNormalizerTests
{
    /// <summary>Cases from Fixtures/Ingestion/nfc-cases.tsv, whose expected values come from Python's unicodedata.</summary>
    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingestion", "nfc-cases.tsv")))
            {
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    var columns = line.Split('\t');
                    data.Add(columns[0], columns[1]);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalize_Case_MatchesUnicodeReference(string input, string expected)
    {
        Assert.Equal(expected, CodePoints(NfcNormalizer.Normalize(FromCodePoints(input))));
    }

    [Theory]
    [InlineData("Plain ASCII text.")]
    [InlineData("Zoë’s café, already composed. 東京. Привет. 😀")]
    public void Normalize_AlreadyNormalized_ReturnsTheSameInstance(string text)
    {
        Assert.Same(text, NfcNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_LongRunOfCombiningMarks_IsSortedStably()
    {
        // 100 marks of two classes (230 above, 220 below), interleaved: all below-marks must move first, in order.
        var input = "a" + string.Concat(Enumerable.Range(0, 50).Select(_ => "\u0301\u0316"));
        var expected = "\u00E1" + new string('\u0316', 50) + new string('\u0301', 49);

        Assert.Equal(CodePoints(expected), CodePoints(NfcNormalizer.Normalize(input)));
    }

    private static string FromCodePoints(string hex) =>
        string.Concat(hex.Split(' ').Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    private static string CodePoints(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(builder.Length == 0 ? "" : " ").Append(rune.Value.ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
