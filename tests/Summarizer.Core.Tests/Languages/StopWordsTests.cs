using Summarizer.Core.Languages;

namespace Summarizer.Core.Tests.Languages;

public sealed class StopWordsTests
{
    public static TheoryData<string> SupportedLanguages => new(LanguageCodes.Supported);

    [Theory]
    [InlineData("en", "the", "and", "of", "said", "according", "would", "mr", "told", "however", "which")]
    [InlineData("de", "der", "die", "das", "und", "nicht", "über", "wurde", "dass", "sagte", "sich")]
    [InlineData("fr", "le", "la", "les", "et", "dans", "être", "qu", "l", "selon", "déjà")]
    [InlineData("es", "el", "los", "las", "y", "según", "también", "más", "dijo", "está", "porque")]
    [InlineData("it", "il", "della", "che", "non", "è", "più", "anche", "dell", "perché", "sono")]
    [InlineData("pt", "o", "os", "não", "uma", "pelo", "também", "após", "disse", "são", "já")]
    [InlineData("nl", "de", "het", "een", "niet", "zijn", "volgens", "werd", "ook", "maar", "omdat")]
    [InlineData("pl", "się", "nie", "że", "jest", "który", "oraz", "także", "przez", "powiedział", "już")]
    [InlineData("uk", "і", "що", "це", "від", "також", "які", "його", "її", "є", "заявив")]
    [InlineData("ru", "и", "что", "это", "от", "также", "которые", "его", "её", "ещё", "заявил")]
    public void For_Language_ContainsItsCommonFunctionWords(string language, params string[] words)
    {
        var stopWords = StopWords.For(language);

        Assert.Equal(language, stopWords.Language);
        Assert.All(words, word => Assert.True(stopWords.Contains(word), $"'{word}' missing from {language}"));
        Assert.All(words, word => Assert.True(stopWords.Contains(word.AsSpan()), $"'{word}' missing from {language} (span)"));
    }

    [Theory]
    [InlineData("en", "election", "bridge", "council", "president", "new", "york")]
    [InlineData("de", "wahl", "brücke", "regierung", "stadt")]
    [InlineData("fr", "élection", "pont", "gouvernement", "ville")]
    [InlineData("uk", "вибори", "міст", "уряд", "місто")]
    [InlineData("ru", "выборы", "мост", "правительство", "город")]
    public void For_Language_LeavesContentWordsOut(string language, params string[] words)
    {
        var stopWords = StopWords.For(language);

        Assert.All(words, word => Assert.False(stopWords.Contains(word), $"'{word}' should not be a {language} stop word"));
    }

    [Theory]
    [MemberData(nameof(SupportedLanguages))]
    public void For_EachSupportedLanguage_ShipsAListOfUsefulSize(string language)
    {
        var stopWords = StopWords.For(language);

        Assert.InRange(stopWords.Count, 150, 400);
        Assert.All(stopWords.Words, word =>
        {
            Assert.Equal(word.ToLowerInvariant(), word);
            Assert.Equal(word.Trim(), word);
            Assert.DoesNotContain(' ', word);
        });
    }

    [Theory]
    [InlineData("und")]
    [InlineData("fi")]
    [InlineData("zh")]
    [InlineData("")]
    [InlineData("english")]
    public void For_LanguageWithoutList_ReturnsEmptySet(string language)
    {
        var stopWords = StopWords.For(language);

        Assert.Same(StopWordSet.Empty, stopWords);
        Assert.Equal(0, stopWords.Count);
        Assert.False(stopWords.Contains("the"));
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("en-GB")]
    [InlineData("en_US")]
    public void For_RegionalOrUpperCaseCode_ReturnsTheLanguageList(string language)
    {
        Assert.Same(StopWords.For("en"), StopWords.For(language));
    }

    [Fact]
    public void For_CalledConcurrently_LoadsOneSharedSet()
    {
        var sets = new StopWordSet[64];

        Parallel.For(0, sets.Length, i => sets[i] = StopWords.For(LanguageCodes.Supported[i % LanguageCodes.Supported.Count]));

        Assert.All(sets, set => Assert.Same(StopWords.For(set.Language), set));
    }

    [Fact]
    public void Contains_IsCaseSensitive_CallersLowerCaseFirst()
    {
        Assert.False(StopWords.For("en").Contains("The"));
    }
}
