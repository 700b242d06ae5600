using Summarizer.Core.Languages;

namespace Summarizer.Core.Tests.Languages;

public sealed class LanguageDetectorTests
{
    public static TheoryData<string, string> Paragraphs => LanguageSamples.Paragraphs;

    public static TheoryData<string> Unsupported => LanguageSamples.Unsupported;

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Detect_NewsParagraph_ReturnsItsLanguage(string expected, string text)
    {
        var detection = LanguageDetector.Analyze(text);

        Assert.True(expected == detection.Language, $"Expected {expected}, got {Describe(detection)}");
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Analyze_NewsParagraph_IsConfidentAndMostlyCovered(string expected, string text)
    {
        var detection = LanguageDetector.Analyze(text);

        Assert.Equal(expected, detection.Language);
        Assert.True(detection.Confidence >= 0.25, Describe(detection));
        Assert.True(detection.Coverage >= LanguageDetector.MinCoverage, Describe(detection));
    }

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Detect_UnsupportedLanguage_ReturnsUnd(string text)
    {
        var detection = LanguageDetector.Analyze(text);

        Assert.True(detection.Language == LanguageCodes.Undetermined, Describe(detection));
    }

    [Theory]
    [InlineData("uk", "Президент заявив, що уряд підготує нові законопроєкти до кінця року.")]
    [InlineData("ru", "Президент заявил, что правительство подготовит новые законопроекты до конца года.")]
    [InlineData("uk", "Вчора в Києві відбулася зустріч міністрів, які обговорили ціни на газ.")]
    [InlineData("ru", "Вчера в Москве прошла встреча министров, которые обсудили цены на газ.")]
    [InlineData("es", "El presidente dijo que el gobierno no va a subir los impuestos este año.")]
    [InlineData("pt", "O presidente disse que o governo não vai aumentar os impostos este ano.")]
    [InlineData("es", "La ciudad tiene una nueva biblioteca con muchos libros para los niños.")]
    [InlineData("pt", "A cidade tem uma nova biblioteca com muitos livros para as crianças.")]
    [InlineData("nl", "De minister zei dat de regering het plan niet zal steunen.")]
    [InlineData("de", "Der Minister sagte, dass die Regierung den Plan nicht unterstützen wird.")]
    [InlineData("nl", "Het water in de rivier is sinds gisteren weer gestegen.")]
    [InlineData("de", "Das Wasser im Fluss ist seit gestern wieder gestiegen.")]
    [InlineData("it", "Il presidente ha detto che il governo non aumenterà le tasse quest'anno.")]
    [InlineData("fr", "Le président a dit que le gouvernement n'augmentera pas les impôts cette année.")]
    public void Detect_OneSentenceOfAConfusablePair_TellsThemApart(string expected, string sentence)
    {
        var detection = LanguageDetector.Analyze(sentence);

        Assert.True(expected == detection.Language, $"Expected {expected}, got {Describe(detection)}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Hello")]
    [InlineData("Thanks, see you")]
    [InlineData("Breaking news")]
    [InlineData("12 345 678 90")]
    [InlineData("2026-11-28 09:30 UTC, +3.5%, €1,250,000")]
    [InlineData("!!! ??? ... --- ***")]
    [InlineData("Lorem ipsum dolor sit amet consectetur adipiscing elit sed")]
    public void Detect_TooShortOrNoLanguage_ReturnsUnd(string text)
    {
        var detection = LanguageDetector.Analyze(text);

        Assert.Equal(LanguageCodes.Undetermined, detection.Language);
        Assert.Equal(0, detection.Confidence);
    }

    [Theory]
    [InlineData("en", "The minister told reporters that the deal was \"ein guter Kompromiss für alle\", as she put it in German. She added that the talks would continue next week in Brussels and that both sides were close to an agreement.")]
    [InlineData("de", "Der Konzern meldete am Donnerstag einen Rekordgewinn. \"We had a very strong quarter\", sagte die Chefin in einer Telefonkonferenz. Die Aktie stieg daraufhin um fünf Prozent, obwohl Analysten vor einer Abkühlung der Nachfrage warnen.")]
    [InlineData("fr", "Le groupe a présenté mardi son nouveau smartphone, baptisé \"Pixel Fold Pro Max\", lors d'une conférence à San Francisco. Il sera vendu en Europe à partir du mois de mars, selon la direction de l'entreprise.")]
    [InlineData("ru", "Компания Apple представила в понедельник новый iPhone и обновлённые MacBook Pro. По словам аналитиков, продажи устройств в этом году могут вырасти на десять процентов.")]
    [InlineData("en", "President Recep Tayyip Erdoğan met the opposition leader Kemal Kılıçdaroğlu in Ankara on Friday, officials said. The two men discussed the economy and the cost of living, which has risen sharply over the past year.")]
    public void Detect_MixedText_ReturnsTheDominantLanguage(string expected, string text)
    {
        var detection = LanguageDetector.Analyze(text);

        Assert.True(expected == detection.Language, $"Expected {expected}, got {Describe(detection)}");
    }

    [Theory]
    [InlineData("zh", "政府周二宣布了一项新的住房计划，目标是在未来五年内建造十万套新住房。反对党表示，该计划来得太晚。")]
    [InlineData("ja", "政府は火曜日、今後五年間で十万戸の新しい住宅を建設する計画を発表した。野党は、計画は遅すぎると批判している。")]
    [InlineData("ko", "정부는 화요일 앞으로 5년 동안 새 주택 10만 호를 짓는 계획을 발표했다. 야당은 이 계획이 너무 늦었다고 비판했다.")]
    [InlineData("ja", "ソニーは新しいPlayStationを発表しました。価格は未定です。")]
    public void Detect_CjkScript_ReturnsLanguageOfTheScript(string expected, string text)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_FewCjkCharactersInEnglishText_ReturnsEnglish()
    {
        const string text = "The restaurant, called 東京 in its sign, opened on Friday and was full all weekend, its owner said.";

        Assert.Equal(LanguageCodes.English, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_LongArticle_ReadsOnlyItsStartAndMiddle()
    {
        var french = string.Join("\n\n", Enumerable.Repeat(FrenchParagraph, 40));
        var frenchThenEnglishTail = french + "\n\n" + string.Join(" ", Enumerable.Repeat("The end of the text is written in English.", 200));

        Assert.True(frenchThenEnglishTail.Length > 2 * (LanguageDetector.HeadLength + LanguageDetector.MiddleLength));
        Assert.Equal(LanguageCodes.French, LanguageDetector.Detect(french));
        Assert.True(LanguageDetector.Analyze(french).WordsSampled < 400);
        Assert.Equal(LanguageCodes.French, LanguageDetector.Detect(frenchThenEnglishTail));
    }

    [Fact]
    public void Detect_EnglishBylineAboveGermanArticle_ReturnsGerman()
    {
        var article = "By our Berlin correspondent, with reporting from the news desk. Updated at 10:00.\n\n"
            + string.Join("\n\n", Enumerable.Repeat(GermanParagraph, 20));

        Assert.Equal(LanguageCodes.German, LanguageDetector.Detect(article));
    }

    [Fact]
    public void Detect_EnglishStandfirstAboveLongGermanArticle_ReturnsGerman()
    {
        var article = "The city of Hamburg has decided to close its old harbour bridge to cars. Our correspondent reports on a decision "
            + "that has divided the city for more than a decade, and on what it means for the people who live and work by the river.\n\n"
            + string.Join("\n\n", Enumerable.Repeat(GermanParagraph, 20));

        Assert.Equal(LanguageCodes.German, LanguageDetector.Detect(article));
    }

    [Fact]
    public void Detect_UpperCaseText_IsDetectedLikeLowerCase()
    {
        Assert.Equal(LanguageCodes.German, LanguageDetector.Detect(GermanParagraph.ToUpperInvariant()));
    }

    [Fact]
    public void Detect_SpanAndString_Agree()
    {
        var text = "  " + GermanParagraph + "  ";

        Assert.Equal(LanguageDetector.Detect(text), LanguageDetector.Detect(text.AsSpan()));
    }

    [Fact]
    public void Analyze_ReportsEverySupportedLanguageWithTheWinnerHighest()
    {
        var detection = LanguageDetector.Analyze(GermanParagraph);

        Assert.Equal(LanguageCodes.Supported, detection.Scores.Keys.ToList());
        Assert.Equal(LanguageCodes.German, detection.Scores.MaxBy(pair => pair.Value).Key);
        Assert.InRange(detection.Confidence, 0.0, 1.0);
        Assert.InRange(detection.Coverage, LanguageDetector.MinCoverage, 1.0);
    }

    [Fact]
    public void Detect_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => LanguageDetector.Detect((string)null!));
        Assert.Throws<ArgumentNullException>(() => LanguageDetector.Analyze((string)null!));
    }

    private const string FrenchParagraph = "Le conseil municipal a voté jeudi la fermeture du vieux pont aux voitures à partir du printemps prochain. "
        + "Selon le maire, les travaux de renforcement coûteraient plus cher qu'un nouveau pont, et la ville préfère en faire une voie pour les piétons et les vélos.";

    private const string GermanParagraph = "Der Stadtrat hat am Donnerstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für Autos zu sperren. "
        + "Nach Angaben der Bürgermeisterin wäre eine Sanierung teurer als ein Neubau, deshalb soll die Brücke künftig nur noch Fußgängern und Radfahrern offenstehen.";

    internal static string Describe(LanguageDetection detection) =>
        $"{detection.Language} confidence {detection.Confidence} coverage {detection.Coverage} words {detection.WordsSampled} scores "
        + string.Join(' ', detection.Scores.Select(pair => $"{pair.Key}={pair.Value}"));
}
