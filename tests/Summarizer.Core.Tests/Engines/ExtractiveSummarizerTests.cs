using Summarizer.Core.Engines;
using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Engines;

public sealed class ExtractiveSummarizerTests
{
    private static readonly ExtractiveSummarizer Engine = new();

    private static string NewsArticle { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", "northbridge-bridge.txt"));

    private static string CaptionArticle { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", "captions.txt"));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Summarize_SentenceCount_ReturnsExactlyThatManySentencesInDocumentOrder(int count)
    {
        var summary = Summarize(NewsArticle, new SummaryOptions { Sentences = count });

        Assert.Equal(count, summary.Sentences.Count);
        var positions = summary.Sentences.Select(s => NewsArticle.IndexOf(s[..20], StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [InlineData(LengthPreset.Short, 2)]
    [InlineData(LengthPreset.Medium, 3)]
    [InlineData(LengthPreset.Long, 5)]
    public void Summarize_LengthPreset_MapsToDocumentedSentenceCount(LengthPreset preset, int expected)
    {
        var summary = Summarize(NewsArticle, new SummaryOptions { Length = preset });

        Assert.Equal(expected, summary.Sentences.Count);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(80)]
    [InlineData(150)]
    public void Summarize_WordBudget_IsNeverExceeded(int words)
    {
        var summary = Summarize(NewsArticle, new SummaryOptions { Words = words, Length = LengthPreset.Long });

        Assert.InRange(summary.Sentences.Sum(CountWords), 1, words);
    }

    [Fact]
    public void Summarize_WordBudgetBelowEverySentence_StillReturnsOneSentence()
    {
        var summary = Summarize(NewsArticle, new SummaryOptions { Words = 3 });

        Assert.Single(summary.Sentences);
    }

    [Fact]
    public void Summarize_Ratio_KeepsWithinThatShareOfTheArticle()
    {
        var articleWords = CountWords(NewsArticle);

        var summary = Summarize(NewsArticle, new SummaryOptions { Ratio = 0.2 });

        Assert.InRange(summary.Sentences.Sum(CountWords), 1, (int)Math.Round(articleWords * 0.2));
        Assert.True(summary.Sentences.Count >= 2);
    }

    [Fact]
    public void Summarize_NewsArticle_OpensWithTheLeadAndSkipsQuotes()
    {
        var summary = Summarize(NewsArticle, SummaryOptions.Default);

        Assert.StartsWith("The city council of Northbridge voted", summary.Sentences[0]);
        Assert.DoesNotContain(summary.Sentences, s => s.StartsWith('"'));
    }

    [Fact]
    public void Summarize_KeyPoints_AreThreeToSevenDistinctSentencesWithoutLeadingConnectives()
    {
        var summary = Summarize(NewsArticle, SummaryOptions.Default);

        Assert.InRange(summary.KeyPoints.Count, 3, 7);
        Assert.Equal(summary.KeyPoints.Count, summary.KeyPoints.Distinct().Count());
        Assert.DoesNotContain(summary.KeyPoints, p => p.StartsWith("But ", StringComparison.Ordinal) || p.StartsWith("However", StringComparison.Ordinal));
        Assert.All(summary.KeyPoints, p => Assert.True(char.IsUpper(p[0]) || !char.IsLetter(p[0])));
    }

    [Fact]
    public void Summarize_KeyPhrases_AreFiveToTenMultiWordPhrasesFromTheArticle()
    {
        var summary = Summarize(NewsArticle, SummaryOptions.Default);

        Assert.InRange(summary.KeyPhrases.Count, 5, 10);
        Assert.All(summary.KeyPhrases, p => Assert.Contains(p.Text, NewsArticle));
        Assert.True(summary.KeyPhrases.Count(p => p.Text.Contains(' ')) >= 5);
        Assert.Equal(summary.KeyPhrases.OrderByDescending(p => p.Score).Select(p => p.Text), summary.KeyPhrases.Select(p => p.Text));
        Assert.Contains(summary.KeyPhrases, p => p.Text.Contains("bridge", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Summarize_KeySentences_CarryOffsetsIntoTheText()
    {
        var summary = Summarize(NewsArticle, SummaryOptions.Default);

        Assert.NotEmpty(summary.KeySentences);
        Assert.All(summary.KeySentences, k => Assert.Equal(k.Text, NewsArticle.Substring(k.Offset, k.Length)));
        Assert.Equal(summary.KeySentences.OrderByDescending(k => k.Score).Select(k => k.Offset), summary.KeySentences.Select(k => k.Offset));
    }

    [Fact]
    public void Summarize_RunOnPhotoCaptions_AreSplitAndFurnitureIsDropped()
    {
        var summary = Summarize(CaptionArticle, new SummaryOptions { Length = LengthPreset.Long });

        Assert.DoesNotContain(summary.Sentences, s => s.Contains("Scroll down", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.KeySentences, k => k.Text.Contains("four years The crew", StringComparison.Ordinal));
        Assert.Contains(summary.KeySentences, k => k.Text.StartsWith("The crew of 12 volunteers", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_CaptionsRunIntoProse_AreNeverSummarySentencesKeyPointsOrKeySentences()
    {
        // Each caption repeats the story's main words, so it would rank among the best sentences if it could be chosen.
        const string text =
            "The restored lifeboat Mary Ann Hepworth returned to the water at Whitby on Saturday after four years of work. " +
            "Crowds lined the harbour at Whitby to watch the lifeboat Mary Ann Hepworth return to the water. " +
            "Team leader Joan Pyke (left) looks on as the lifeboat Mary Ann Hepworth returns to the water at Whitby " +
            "The boat was built in 1909 and saved more than 200 lives on the Yorkshire coast. " +
            "Volunteers spent more than 9,000 hours stripping the lifeboat back to bare timber and rebuilding it. " +
            "The lifeboat Mary Ann Hepworth (not pictured) was found rotting in a barn with a tarpaulin over its hull " +
            "An 80-year-old former crew member cut the ribbon at the harbour. " +
            "The project cost about 180,000 pounds, most of it raised through public donations. " +
            "Museum trustees hope the lifeboat will draw visitors to Whitby and encourage young people to volunteer.";

        var summary = Summarize(text, new SummaryOptions { Length = LengthPreset.Long });

        string[] captions = ["looks on", "not pictured"];
        Assert.DoesNotContain(summary.Sentences, s => captions.Any(c => s.Contains(c, StringComparison.Ordinal)));
        Assert.DoesNotContain(summary.KeyPoints, s => captions.Any(c => s.Contains(c, StringComparison.Ordinal)));
        Assert.DoesNotContain(summary.KeySentences, k => captions.Any(c => k.Text.Contains(c, StringComparison.Ordinal)));
        Assert.Contains(summary.KeySentences, k => k.Text.StartsWith("An 80-year-old former crew member", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_OnlyCaptions_SummarisesTheCaptions()
    {
        const string text = "Crowds (left) watch the lifeboat return to the water at Whitby harbour on a sunny morning\n\n" +
            "Team leader Joan Pyke (right) looks on as the restored lifeboat is lifted onto its cradle";

        var summary = Summarize(text, SummaryOptions.Default);

        Assert.NotEmpty(summary.Sentences);
    }

    [Fact]
    public void Summarize_SameInputTwice_GivesIdenticalOutput()
    {
        var first = Summarize(NewsArticle, SummaryOptions.Default);
        var second = new ExtractiveSummarizer().Summarize(Article.FromPlainText(NewsArticle), SummaryOptions.Default);

        Assert.Equal(first.Sentences, second.Sentences);
        Assert.Equal(first.KeyPoints, second.KeyPoints);
        Assert.Equal(first.KeyPhrases, second.KeyPhrases);
        Assert.Equal(first.KeySentences, second.KeySentences);
    }

    [Fact]
    public void Summarize_OneRepeatedSentence_ReturnsItOnce()
    {
        var text = string.Join(' ', Enumerable.Repeat("The river flooded the lower town again this spring.", 40));

        var summary = Summarize(text, SummaryOptions.Default);

        Assert.Equal(["The river flooded the lower town again this spring."], summary.Sentences);
    }

    [Fact]
    public void Summarize_SingleSentence_ReturnsIt()
    {
        var summary = Summarize("Only one thing happened today in the village.", SummaryOptions.Default);

        Assert.Equal(["Only one thing happened today in the village."], summary.Sentences);
    }

    [Fact]
    public void Summarize_LongLineWithoutPunctuation_FinishesWithASummary()
    {
        var words = new[] { "river", "bridge", "council", "vote", "traffic", "harbour", "tram", "city" };
        var text = string.Join(' ', Enumerable.Range(0, 300_000).Select(i => words[(i * 7) % words.Length]));

        var summary = Summarize(text, SummaryOptions.Default);

        Assert.NotEmpty(summary.Sentences);
    }

    [Fact]
    public void Summarize_OnlyPunctuation_FailsWithNoExtractableText()
    {
        var error = Assert.Throws<SummarizerException>(() => Summarize("... --- !!! ???", SummaryOptions.Default));

        Assert.Equal(ErrorCodes.NoExtractableText, error.Code);
    }

    [Fact]
    public void Summarize_ContradictoryOptions_FailWithInvalidOptions()
    {
        var error = Assert.Throws<SummarizerException>(() => Summarize(NewsArticle, new SummaryOptions { Sentences = 2, Ratio = 0.5 }));

        Assert.Equal(ErrorCodes.InvalidOptions, error.Code);
    }

    [Fact]
    public void Fingerprint_ChangesWithOptionsAndMatchesTheSummary()
    {
        var three = Engine.Fingerprint(new SummaryOptions { Sentences = 3 });

        Assert.NotEqual(three, Engine.Fingerprint(new SummaryOptions { Sentences = 4 }));
        Assert.Equal(three, Summarize(NewsArticle, new SummaryOptions { Sentences = 3 }).Engine.Fingerprint);
    }

    [Fact]
    public void Summarize_Title_PullsTheSentenceThatMatchesItIntoTheSummary()
    {
        var engine = new ExtractiveSummarizer(new ExtractiveWeights { Title = 5 });
        var article = new Article("Corrosion weakened main girders", NewsArticle, "text/plain");

        var withTitle = engine.Summarize(article, new SummaryOptions { Sentences = 2 });
        var withoutTitle = engine.Summarize(article with { Title = null }, new SummaryOptions { Sentences = 2 });

        Assert.Contains(withTitle.Sentences, s => s.Contains("corrosion", StringComparison.Ordinal));
        Assert.DoesNotContain(withoutTitle.Sentences, s => s.Contains("corrosion", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_GermanArticle_DetectsGermanAndSummarises()
    {
        const string text = """
            Die Stadt Lindenau hat am Dienstag beschlossen, die alte Hafenbrücke ab dem kommenden Frühjahr für Autos zu sperren. Der Gemeinderat stimmte mit neun zu vier Stimmen für den Plan, der seit Jahren umstritten ist. Die Brücke aus dem Jahr 1911 soll künftig nur noch Fußgängern, Radfahrern und der Straßenbahn dienen. Nach Angaben der Ingenieure sind drei der Hauptträger stark verrostet. Eine Sanierung würde mehr kosten als ein Neubau. Geschäftsleute am Nordufer befürchten, dass ihre Kunden ausbleiben werden.
            """;

        var summary = Summarize(text, new SummaryOptions { Sentences = 2 });

        Assert.Equal("de", summary.Language);
        Assert.Equal(2, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.Contains(s, text));
        Assert.NotEmpty(summary.KeyPhrases);
    }

    [Fact]
    public void Summarize_UnsupportedLanguage_StillSummarisesAsUndetermined()
    {
        const string text = "Kaupunginvaltuusto päätti tiistaina sulkea vanhan satamasillan autoilta ensi keväästä alkaen. Päätös syntyi äänin yhdeksän neljä. Silta muutetaan kävelijöiden, pyöräilijöiden ja raitiovaunun käyttöön. Insinöörien mukaan kolme pääpalkkia on pahasti ruostunut. Korjaus maksaisi enemmän kuin uusi silta.";

        var summary = Summarize(text, new SummaryOptions { Sentences = 2 });

        Assert.Equal("und", summary.Language);
        Assert.Equal(2, summary.Sentences.Count);
    }

    private static Summary Summarize(string text, SummaryOptions options) => Engine.Summarize(Article.FromPlainText(text), options);

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
