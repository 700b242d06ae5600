using Summarizer.Core.Languages;

namespace Summarizer.Core.Tests.Languages;

public sealed class StemmersTests
{
    public static TheoryData<string> SupportedLanguages => new(LanguageCodes.Supported);

    // English is Porter's stemmer, which rewrites endings ("happy" to "happi"); EnglishStemmerTests checks it against rouge_score.
    public static TheoryData<string> TruncatingLanguages => new(LanguageCodes.Supported.Where(language => language != LanguageCodes.English));

    [Theory]
    [InlineData("en", "elections", "election")]
    [InlineData("en", "running", "runs")]
    [InlineData("en", "running", "run")]
    [InlineData("en", "stopped", "stop")]
    [InlineData("en", "policies", "policy")]
    [InlineData("en", "cities", "city")]
    [InlineData("en", "voted", "votes")]
    [InlineData("en", "voting", "vote")]
    [InlineData("en", "makes", "making")]
    [InlineData("en", "studied", "studying")]
    [InlineData("en", "played", "plays")]
    [InlineData("en", "finally", "final")]
    [InlineData("en", "possibly", "possible")]
    [InlineData("en", "families", "family")]
    [InlineData("en", "boxes", "box")]
    [InlineData("en", "churches", "church")]
    [InlineData("en", "agrees", "agree")]
    [InlineData("en", "movies", "movie")]
    [InlineData("en", "needed", "needs")]
    [InlineData("de", "wahlen", "wahl")]
    [InlineData("de", "kindern", "kinder")]
    [InlineData("de", "regierungen", "regierung")]
    [InlineData("de", "gemeinden", "gemeinde")]
    [InlineData("fr", "élections", "élection")]
    [InlineData("fr", "nationaux", "national")]
    [InlineData("fr", "nationales", "nationale")]
    [InlineData("fr", "annoncée", "annonce")]
    [InlineData("es", "elecciones", "elección")]
    [InlineData("es", "políticas", "político")]
    [InlineData("es", "presidentes", "presidente")]
    [InlineData("es", "ciudades", "ciudad")]
    [InlineData("it", "elezioni", "elezione")]
    [InlineData("it", "banche", "banca")]
    [InlineData("it", "ministri", "ministro")]
    [InlineData("pt", "eleições", "eleição")]
    [InlineData("pt", "cidadãos", "cidadão")]
    [InlineData("pt", "nacionais", "nacional")]
    [InlineData("pt", "políticas", "político")]
    [InlineData("nl", "verkiezingen", "verkiezing")]
    [InlineData("nl", "katten", "kat")]
    [InlineData("nl", "ministers", "minister")]
    [InlineData("pl", "wyborów", "wybory")]
    [InlineData("pl", "wyborach", "wybory")]
    [InlineData("pl", "prezydentem", "prezydent")]
    [InlineData("uk", "виборів", "вибори")]
    [InlineData("uk", "україни", "україна")]
    [InlineData("uk", "президентові", "президент")]
    [InlineData("ru", "выборов", "выборы")]
    [InlineData("ru", "россии", "россия")]
    [InlineData("ru", "правительства", "правительство")]
    public void Stem_InflectedForms_Conflate(string language, string first, string second)
    {
        var stemmer = Stemmers.For(language);

        Assert.Equal(stemmer.Stem(first), stemmer.Stem(second));
    }

    [Theory]
    [InlineData("en", "sing", "song")]
    [InlineData("en", "council", "counsel")]
    [InlineData("de", "stadt", "staat")]
    [InlineData("ru", "мост", "мозг")]
    public void Stem_DifferentWords_StayApart(string language, string first, string second)
    {
        var stemmer = Stemmers.For(language);

        Assert.NotEqual(stemmer.Stem(first), stemmer.Stem(second));
    }

    [Theory]
    [InlineData("en", "is")]
    [InlineData("en", "thing")]
    [InlineData("en", "bring")]
    [InlineData("en", "class")]
    [InlineData("en", "fall")]
    [InlineData("en", "play")]
    [InlineData("en", "need")]
    [InlineData("de", "tag")]
    [InlineData("fr", "les")]
    [InlineData("es", "mes")]
    [InlineData("it", "uno")]
    [InlineData("pt", "mas")]
    [InlineData("nl", "een")]
    [InlineData("pl", "rok")]
    [InlineData("uk", "рік")]
    [InlineData("ru", "год")]
    public void Stem_ShortOrUninflectedWord_IsLeftWhole(string language, string word)
    {
        Assert.Same(word, Stemmers.For(language).Stem(word));
    }

    [Theory]
    [MemberData(nameof(TruncatingLanguages))]
    public void Stem_AnyWord_ReturnsANonEmptyPrefixOfIt(string language)
    {
        var stemmer = Stemmers.For(language);
        string[] words = ["a", "ab", "abc", "es", "ies", "ing", "eds", "ly", "ов", "ами", "ach", "ões", "aux", "running", "wyborach", "выборов"];

        Assert.All(words, word =>
        {
            var stem = stemmer.Stem(word);
            Assert.NotEmpty(stem);
            Assert.StartsWith(stem, word, StringComparison.Ordinal);
            Assert.Equal(stem, stemmer.Stem(word.AsSpan()).ToString());
        });
    }

    [Theory]
    [MemberData(nameof(SupportedLanguages))]
    public void For_SupportedLanguage_ReturnsItsOwnStemmer(string language)
    {
        Assert.Equal(language, Stemmers.For(language).Language);
    }

    [Theory]
    [InlineData("und")]
    [InlineData("fi")]
    [InlineData("ja")]
    [InlineData("")]
    public void For_LanguageWithoutStemmer_ReturnsIdentity(string language)
    {
        var stemmer = Stemmers.For(language);

        Assert.Same(Stemmers.Identity, stemmer);
        Assert.Equal("elections", stemmer.Stem("elections"));
    }

    [Theory]
    [InlineData("EN-us")]
    [InlineData("pt_BR")]
    public void For_RegionalCode_ReturnsTheLanguageStemmer(string language)
    {
        Assert.Equal(language[..2].ToLowerInvariant(), Stemmers.For(language).Language);
    }

    [Fact]
    public void Stem_NullWord_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Stemmers.For("en").Stem((string)null!));
    }
}
