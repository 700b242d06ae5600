using System.Text;
using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Core.Tests.Ingestion.Charsets;

/// <summary>The WHATWG label table: labels to encodings, and an encoding behind every name.</summary>
public sealed class EncodingLabelsTests
{
    [Theory]
    [InlineData("iso-8859-1", "windows-1252")]
    [InlineData("latin1", "windows-1252")]
    [InlineData("ascii", "windows-1252")]
    [InlineData("US-ASCII", "windows-1252")]
    [InlineData(" \tWindows-1252\n", "windows-1252")]
    [InlineData("x-sjis", "shift_jis")]
    [InlineData("MS932", "shift_jis")]
    [InlineData("GB2312", "gbk")]
    [InlineData("gb18030", "gb18030")]
    [InlineData("ks_c_5601-1987", "euc-kr")]
    [InlineData("iso-8859-9", "windows-1254")]
    [InlineData("tis-620", "windows-874")]
    [InlineData("koi8-ru", "koi8-u")]
    [InlineData("utf8", "utf-8")]
    [InlineData("unicode", "utf-16le")]
    [InlineData("utf-16", "utf-16le")]
    [InlineData("hz-gb-2312", "replacement")]
    public void Get_Label_NamesTheStandardsEncoding(string label, string name)
    {
        Assert.Equal(name, EncodingLabels.Get(label)?.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("latin-1")] // not a label of the standard, however close
    [InlineData("utf-32")]
    [InlineData("utf_8")]
    [InlineData("\u0131so-8859-1")] // a dotless i folds to I outside ASCII; labels match ASCII case only
    public void Get_NotALabel_NamesNothing(string label)
    {
        Assert.Null(EncodingLabels.Get(label));
    }

    /// <summary>The 40 encodings of the standard's table, by name.</summary>
    public static TheoryData<string> Names() => new(
        "utf-8", "ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7",
        "iso-8859-8", "iso-8859-8-i", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16",
        "koi8-r", "koi8-u", "macintosh", "windows-874", "windows-1250", "windows-1251", "windows-1252", "windows-1253",
        "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic", "gbk",
        "gb18030", "big5", "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr", "replacement", "utf-16be", "utf-16le",
        "x-user-defined");

    [Theory]
    [MemberData(nameof(Names))]
    public void Get_EveryEncodingOfTheStandard_DecodesOnThisRuntime(string name)
    {
        var encoding = EncodingLabels.Get(name);

        Assert.NotNull(encoding);
        Assert.Equal(name, encoding.Name);
        if (encoding.IsReplacement)
        {
            return;
        }

        // Every encoding but UTF-16 reads ASCII as ASCII; this also proves each code page ships with the runtime.
        var ascii = encoding.IsUtf16 ? (name == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode).GetBytes("News at 10.") : "News at 10."u8.ToArray();
        Assert.Equal("News at 10.", encoding.Decode(ascii));
    }

    [Theory]
    [InlineData("iso-8859-10", new byte[] { 0xA1, 0xBD, 0xFF }, "Ą―ĸ")]
    [InlineData("iso-8859-14", new byte[] { 0xA1, 0xD0, 0xFE }, "ḂŴŷ")]
    [InlineData("iso-8859-16", new byte[] { 0xA4, 0xAA, 0xDE }, "€ȘȚ")]
    [InlineData("x-user-defined", new byte[] { 0x41, 0x80, 0xFF }, "A\uF780\uF7FF")]
    [InlineData("windows-1252", new byte[] { 0x80, 0x92, 0x81 }, "€’\u0081")]
    // Bytes a code page leaves undefined are U+FFFD, not the private-use characters .NET's code pages give them.
    [InlineData("windows-1253", new byte[] { 0xAA, 0xE1, 0xD2 }, "\uFFFDα\uFFFD")]
    [InlineData("windows-874", new byte[] { 0xA1, 0xDB }, "ก\uFFFD")]
    [InlineData("macintosh", new byte[] { 0x8E, 0xF0 }, "é\uF8FF")]
    public void Decode_SingleByteEncodings_FollowTheStandardsIndex(string name, byte[] bytes, string expected)
    {
        Assert.Equal(expected, EncodingLabels.Get(name)!.Decode(bytes));
    }
}
