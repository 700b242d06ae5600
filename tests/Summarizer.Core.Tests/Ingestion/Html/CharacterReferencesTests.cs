using Summarizer.Core.Ingestion.Html.Parsing;


namespace Summarizer.Core.Tests.Ingestion.Html;

public sealed class CharacterReferencesTests
{
    [Theory]
    [InlineData("&amp;&lt;&gt;&quot;&apos;&nbsp;", "&<>\"'\u00A0")]
    [InlineData("&mdash;&ndash;&hellip;&rsquo;&lsquo;&ldquo;&rdquo;", "\u2014\u2013\u2026\u2019\u2018\u201C\u201D")]
    [InlineData("&copy;&reg;&trade;&eacute;&Eacute;&szlig;&euro;", "\u00A9\u00AE\u2122\u00E9\u00C9\u00DF\u20AC")]
    [InlineData("&NotEqualTilde;&fjlig;&CounterClockwiseContourIntegral;", "\u2242\u0338fj\u2233")]
    [InlineData("&AMP;&LT;", "&<")]
    public void Decode_NamedReferences_UseTheWholeHtmlTable(string text, string expected)
    {
        Assert.Equal(expected, CharacterReferences.Decode(text, inAttribute: false));
    }

    [Theory]
    [InlineData("&copy 2024", "\u00A9 2024")]
    [InlineData("fish &amp chips", "fish & chips")]
    [InlineData("&notin", "\u00ACin")]
    [InlineData("&hellip without semicolon", "&hellip without semicolon")]
    public void Decode_LegacyNamesWithoutSemicolon_AreReadInText(string text, string expected)
    {
        Assert.Equal(expected, CharacterReferences.Decode(text, inAttribute: false));
    }

    [Fact]
    public void Decode_LegacyNameFollowedByALetterOrEqualsInAnAttribute_IsLeftAlone()
    {
        Assert.Equal("/page?a=1&copy=2&ampx", CharacterReferences.Decode("/page?a=1&copy=2&ampx", inAttribute: true));
        Assert.Equal("a & b", CharacterReferences.Decode("a &amp b", inAttribute: true));
    }

    [Theory]
    [InlineData("&#38;&#x26;&#X26;&#0038", "&&&&")]
    [InlineData("&#8217;&#x2014;", "\u2019\u2014")]
    [InlineData("&#x1F600;", "\U0001F600")]
    [InlineData("&#150;&#128;&#153;", "\u2013\u20AC\u2122")]
    [InlineData("&#0;&#xD800;&#99999999999999;&#x110000;", "\uFFFD\uFFFD\uFFFD\uFFFD")]
    public void Decode_NumericReferences_AreReadAsBrowsersDo(string text, string expected)
    {
        Assert.Equal(expected, CharacterReferences.Decode(text, inAttribute: false));
    }

    [Theory]
    [InlineData("&unknown; &; & &#; &#x; &#xZ;")]
    [InlineData("AT&T and R&D")]
    [InlineData("no references at all")]
    public void Decode_TextThatIsNoReference_IsKeptAsWritten(string text)
    {
        Assert.Equal(text, CharacterReferences.Decode(text, inAttribute: false));
    }
}
