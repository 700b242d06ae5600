using System.Text;
using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Core.Tests.Ingestion.Charsets;

/// <summary>
/// Bytes that declare no charset and are neither UTF-8 nor Latin text in windows-1252 are read in the legacy encoding
/// they read best in, as browsers guess; what reads clearly in none is still refused.
/// </summary>
public sealed class LegacyEncodingGuessTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "windows-1251", LegacyTexts.Russian },
        { "koi8-r", LegacyTexts.Russian },
        { "ibm866", LegacyTexts.Russian },
        { "iso-8859-5", LegacyTexts.Russian },
        { "windows-1251", LegacyTexts.Ukrainian },
        { "koi8-u", LegacyTexts.Ukrainian },
        { "windows-1251", LegacyTexts.Bulgarian },
        { "windows-1253", LegacyTexts.Greek },
        { "iso-8859-7", LegacyTexts.Greek },
        { "windows-1255", LegacyTexts.Hebrew },
        { "windows-1256", LegacyTexts.Arabic },
        { "iso-8859-6", LegacyTexts.Arabic },
        { "shift_jis", LegacyTexts.Japanese },
        { "euc-jp", LegacyTexts.Japanese },
        { "euc-kr", LegacyTexts.Korean },
        { "gbk", LegacyTexts.ChineseSimplified },
        { "big5", LegacyTexts.ChineseTraditional },
        { "windows-874", LegacyTexts.Thai },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Decode_UndeclaredPlainText_IsReadInItsEncodingAndSaysItWasInferred(string encoding, string text)
    {
        var decoded = BrowserTextDecoder.Decode(Encode(encoding, text), "text/plain");

        Assert.Equal(new DecodedText(text, new SourceEncoding(encoding, EncodingSource.Inferred)), decoded);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Decode_UndeclaredPage_IsReadInItsEncoding(string encoding, string text)
    {
        var page = $"<!DOCTYPE html>\n<html><head><title>{text[..12]}</title></head>\n<body><h1>{text[..20]}</h1><p>{text}</p></body></html>";

        var decoded = BrowserTextDecoder.Decode(Encode(encoding, page), null, "page.html");

        Assert.Equal(new DecodedText(page, new SourceEncoding(encoding, EncodingSource.Inferred)), decoded);
    }

    [Theory]
    [InlineData("legacy-el-naftemporiki-feed-iso88597.html", "iso-8859-7")]
    [InlineData("legacy-he-lawcoil-feed-cp1255.html", "windows-1255")]
    [InlineData("legacy-he-notes-blog-feed-cp1255.html", "windows-1255")]
    [InlineData("legacy-hu-escience-feed-iso88592.html", "iso-8859-2")]
    [InlineData("legacy-ja-misuzilla-feed-eucjp.html", "euc-jp")]
    [InlineData("legacy-ko-chisato-feed-euckr.html", "euc-kr")]
    [InlineData("legacy-ru-aif-feed-koi8r.html", "koi8-r")]
    [InlineData("legacy-ru-newsru-feed-koi8r.html", "koi8-r")]
    [InlineData("legacy-ru-template-toolkit-forum-feed-koi8r.html", "koi8-r")]
    [InlineData("legacy-th-kku-feed-tis620.html", "windows-874")]
    [InlineData("legacy-th-opentle-feed-tis620.html", "windows-874")]
    [InlineData("legacy-zh-cnblog-feed-gb2312.html", "gbk")]
    [InlineData("legacy-zh-coolloud-feed-big5.html", "big5")]
    public void Guess_RealPageWithItsDeclarationIgnored_ReadsAsItsDeclaredEncodingDoes(string file, string declared)
    {
        // Real pages (the page corpus) whose declarations the decoder would read first: the guess alone must read them
        // the same. ISO-8859-7 and windows-1253 (or ISO-8859-2 and windows-1250) give the same text for most pages.
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages", "html", file));

        var guessed = LegacyEncodingGuesser.Guess(bytes);

        Assert.NotNull(guessed);
        Assert.Equal(EncodingLabels.Get(declared)!.Decode(bytes), guessed.Decode(bytes));
    }

    [Fact]
    public void Guess_CentralEuropeanTextTheWindows1252RuleLetsThrough_ReadsAsWindows1250()
    {
        // Undeclared Czech reaches the guesser only when windows-1252 does not read it as Latin text (ť is undefined there).
        var bytes = Encode("windows-1250", LegacyTexts.Czech + " Ťažké dni, chuť, loďka: ťuk ťuk ťuk.");

        Assert.Equal("windows-1250", LegacyEncodingGuesser.Guess(bytes)?.Name);
        Assert.Equal(new SourceEncoding("windows-1250", EncodingSource.Inferred), BrowserTextDecoder.Decode(bytes, null).Encoding);
    }

    [Fact]
    public void Decode_LargeUndeclaredPage_IsGuessedFromItsStartAndReadWhole()
    {
        var text = string.Concat(Enumerable.Repeat(LegacyTexts.Russian + "\n", 2_000));

        var decoded = BrowserTextDecoder.Decode(Encode("koi8-r", text), "text/plain");

        Assert.Equal(new DecodedText(text, new SourceEncoding("koi8-r", EncodingSource.Inferred)), decoded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Decode_RandomNonAsciiBytes_AreStillRefused(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[4_096];
        for (var i = 0; i < bytes.Length; i++)
        {
            // Random letters-to-be with spaces between, as close to text as random bytes get.
            bytes[i] = i % 6 == 5 ? (byte)' ' : (byte)random.Next(0x80, 0x100);
        }

        var error = Assert.Throws<SummarizerException>(() => BrowserTextDecoder.Decode(bytes, "text/plain"));

        Assert.Equal(ErrorCodes.InvalidEncoding, error.Code);
        Assert.Contains("declares no charset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1251", "Мир.")]
    [InlineData("koi8-r", "Да, нет")]
    [InlineData("shift_jis", "日本語")]
    public void Decode_AWordOrTwo_IsTooLittleToGuessAndIsRefused(string encoding, string text)
    {
        // Under eight non-ASCII letters several encodings read equally well: the rule is to say so rather than guess.
        var error = Assert.Throws<SummarizerException>(() => BrowserTextDecoder.Decode(Encode(encoding, text), "text/plain"));

        Assert.Equal(ErrorCodes.InvalidEncoding, error.Code);
    }

    [Fact]
    public void Decode_ShortSentence_IsEnoughWhenItReadsInOneEncoding()
    {
        var decoded = BrowserTextDecoder.Decode(Encode("windows-1251", "Добрый вечер, друзья!"), "text/plain");

        Assert.Equal(new SourceEncoding("windows-1251", EncodingSource.Inferred), decoded.Encoding);
        Assert.Equal("Добрый вечер, друзья!", decoded.Text);
    }

    [Fact]
    public void Decode_KazakhInKz1048_IsReadAsWindows1251AsBrowsersShowIt()
    {
        // KZ-1048 is windows-1251 with Kazakh letters in place of Serbian and Macedonian ones; it is no WHATWG encoding,
        // so a browser shows such a page as windows-1251: Cyrillic, with ң and ө as ѕ and ґ.
        byte[] bytes = [.. Encode("windows-1251", "Мен заѕгермен сґйлескім келеді. Мен Америка азаматымын.")];

        var decoded = BrowserTextDecoder.Decode(bytes, "text/html");

        Assert.Equal(new SourceEncoding("windows-1251", EncodingSource.Inferred), decoded.Encoding);
        Assert.Equal("Мен заѕгермен сґйлескім келеді. Мен Америка азаматымын.", decoded.Text);
    }

    private static byte[] Encode(string encoding, string text) =>
        CodePagesEncodingProvider.Instance.GetEncoding(encoding == "gbk" ? "gb18030" : encoding)!.GetBytes(text);
}
