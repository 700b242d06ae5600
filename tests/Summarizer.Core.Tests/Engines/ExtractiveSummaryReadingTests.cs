using Summarizer.Core.Engines;
using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Ingestion.Text;

namespace Summarizer.Core.Tests.Engines;

/// <summary>What a reader sees: no metadata read as prose, titles and headings kept apart, key points that add, no pronoun without its antecedent.</summary>
public sealed class ExtractiveSummaryReadingTests
{
    private static readonly ExtractiveSummarizer Engine = new();
    private static readonly PlainTextDecoder Decoder = new();

    private static string NewsArticle { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", "northbridge-bridge.txt"));

    private const string DatedArticle =
        " date 2025-08-19 The possibility of closing the harbour bridge to lorries was not discussed at Monday's council meeting, the mayor's office said.\n\n"
        + "Councillors spent the evening on the budget for the new tram depot, which is already two years late. The depot will cost 40 million and house twenty trams.\n\n"
        + "Residents on the north bank have asked for a public meeting about the bridge before the summer. The council said it would reply within a month.";

    [Fact]
    public void Summarize_DateLabelRunIntoTheFirstSentence_SummaryOpensWithTheProse()
    {
        var summary = Engine.Summarize(Decoder.Decode(DatedArticle), SummaryOptions.Default);

        Assert.StartsWith("The possibility", summary.Sentences[0], StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Sentences.Concat(summary.KeyPoints), s => s.Contains("2025-08-19", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_SharedSampleArticle_OpensWithThePossibility()
    {
        var sample = FindSharedSample();
        var text = sample is null ? DatedArticle : File.ReadAllText(sample);

        var summary = Engine.Summarize(Decoder.Decode(text), SummaryOptions.Default);

        Assert.StartsWith("The possibility", summary.Sentences[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("Published 19 August 2025")]
    [InlineData("Updated: 10:32 GMT, 19 August 2025")]
    [InlineData("Reading time: 4 minutes")]
    [InlineData("5 min read")]
    [InlineData("Photo: Northbridge City Council")]
    [InlineData("Share this article")]
    public void Summarize_MetadataLinesAtTheEdges_AreNeverSentences(string line)
    {
        var text = line + "\n\n" + NewsArticle + "\n\n" + line;

        var summary = Engine.Summarize(Decoder.Decode(text), SummaryOptions.Default with { Length = LengthPreset.Long });

        Assert.DoesNotContain(summary.Sentences.Concat(summary.KeyPoints), s => s.Contains(line, StringComparison.Ordinal));
        Assert.DoesNotContain(summary.KeySentences, s => s.Text.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_PlainTextHeadlineAndHeadings_AreNotGluedToSentencesOrKeyPoints()
    {
        var text = "Harbour bridge to close to cars\n\n" + NewsArticle.Replace("\n\nOpposition councillors", "\n\nWhat the opposition says\n\nOpposition councillors", StringComparison.Ordinal);

        var article = Decoder.Decode(text);
        var summary = Engine.Summarize(article, SummaryOptions.Default with { Length = LengthPreset.Long });

        Assert.Equal("Harbour bridge to close to cars", article.Title);
        Assert.DoesNotContain(summary.Sentences.Concat(summary.KeyPoints), s => s.Contains("Harbour bridge to close", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Sentences.Concat(summary.KeyPoints), s => s.Contains("What the opposition says", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.KeyPhrases, p => p.Text.Contains("opposition says", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(LengthPreset.Short)]
    [InlineData(LengthPreset.Medium)]
    [InlineData(LengthPreset.Long)]
    public void Summarize_KeyPoints_NeverRepeatASummarySentence(LengthPreset length)
    {
        var summary = Engine.Summarize(Decoder.Decode(NewsArticle), SummaryOptions.Default with { Length = length });

        Assert.NotEmpty(summary.KeyPoints);
        foreach (var point in summary.KeyPoints)
        {
            Assert.DoesNotContain(summary.Sentences, s => Overlap(s, point) > 0.6);
        }
    }

    [Fact]
    public void Summarize_ShortArticle_GetsFewerKeyPointsThanSentencesItHas()
    {
        const string text = "The harbour ferry will stop running on Sundays from next month, the operator said on Friday. "
            + "Fewer than forty passengers a day used the Sunday service last winter. "
            + "The operator will review the timetable again in the spring after a survey of regular passengers.";

        var summary = Engine.Summarize(Decoder.Decode(text), SummaryOptions.Default with { Sentences = 2 });

        Assert.True(summary.KeyPoints.Count <= 1, string.Join(" | ", summary.KeyPoints));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.2)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    public void Summarize_PronounOpening_ComesWithTheSentenceBeforeIt(double ratio)
    {
        var article = Decoder.Decode(NewsArticle);
        var sentences = Summarizer.Core.Text.SentenceSplitter.Split(article.Text).Select(s => s.Text).ToList();

        var summary = Engine.Summarize(article, SummaryOptions.Default with { Ratio = ratio });

        var chosen = summary.Sentences;
        for (var k = 0; k < chosen.Count; k++)
        {
            if (!BackReference.Applies(chosen[k]))
            {
                continue;
            }

            var index = sentences.FindIndex(s => s.EndsWith(chosen[k].TrimEnd('.'), StringComparison.Ordinal) || s == chosen[k]);
            Assert.True(index > 0, $"'{chosen[k]}' not found");
            Assert.True(k > 0 && sentences[index - 1].Contains(chosen[k - 1].TrimEnd('.')[^20..], StringComparison.Ordinal),
                $"'{chosen[k]}' is shown without '{sentences[index - 1]}'");
        }
    }

    [Theory]
    [InlineData("\"We have patched this bridge for twenty years,\" she told reporters.", true)]
    [InlineData("He said the vote had been rushed.", true)]
    [InlineData("But they warned that the closure would cut them off.", true)]
    [InlineData("This is the third bridge to close in a decade.", true)]
    [InlineData("\"People will simply shop elsewhere,\" said Dr. Samuel Reyes.", false)]
    [InlineData("The council will spend 23 million on the conversion.", false)]
    [InlineData("Theirs was the only shop still open.", true)]
    [InlineData("Thesis defences were held on Monday.", false)]
    public void BackReference_TellsSentencesThatNeedTheOneBefore(string sentence, bool expected)
    {
        Assert.Equal(expected, BackReference.Applies(sentence));
    }

    private static double Overlap(string a, string b)
    {
        var left = a.ToLowerInvariant().Split(' ').ToHashSet();
        var right = b.ToLowerInvariant().Split(' ').ToHashSet();
        return (double)left.Intersect(right).Count() / Math.Min(left.Count, right.Count);
    }

    private static string? FindSharedSample()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "samples", "000_1f34fe5e8d5dc23d.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
