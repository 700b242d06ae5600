using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Text;
using Summarizer.Testing.Documents;

namespace Summarizer.Core.Tests.Engines;

/// <summary>Whatever the input, a summary stays within the length asked for: no sentence runs to thousands of words.</summary>
public sealed class SummaryBoundTests
{
    private static readonly ExtractiveSummarizer Engine = new();

    public static TheoryData<string, string> Inputs => new()
    {
        // What a page of one paragraph and 70,000 links decodes to.
        { "links.html", "<html><body><p>" + HostileFiles.Repeat("<a href=\"/x\">harbour bridge council</a> ", 70_000) + "</p></body></html>" },
        { "brackets.md", HostileFiles.Sentences(3) + "\n\n" + HostileFiles.Repeat("[", 200_000) + "x" + HostileFiles.Repeat("]", 200_000) },
        { "emphasis.md", HostileFiles.Sentences(3) + "\n\n" + HostileFiles.Repeat("***harbour*** ", 50_000) },
        { "words.txt", HostileFiles.Repeat("harbour bridge council vote traffic river ", 40_000) },
        { "one-word.txt", HostileFiles.Repeat("harbour", 200_000) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Summarize_TextWithoutSentenceEnds_EverySentenceAndTheSummaryStayBounded(string name, string content)
    {
        var article = new ArticleDecoder().Decode(new ArticleInput(System.Text.Encoding.UTF8.GetBytes(content), name));

        var summary = Engine.Summarize(article, SummaryOptions.Default);

        Assert.InRange(summary.Sentences.Count, 1, 3);
        Assert.All(summary.Sentences, s => Assert.InRange(s.Length, 1, LongSentenceSplitter.MaxCharacters));
        Assert.All(summary.Sentences, s => Assert.InRange(WordTokenizer.CountWords(s), 0, LongSentenceSplitter.MaxWords));
        Assert.All(summary.KeySentences, s => Assert.InRange(s.Length, 1, LongSentenceSplitter.MaxCharacters));
        Assert.All(summary.KeyPoints, s => Assert.InRange(s.Length, 1, LongSentenceSplitter.MaxCharacters));
    }

    [Fact]
    public void Summarize_WordBudgetOnTextWithoutSentenceEnds_StaysWithinOnePiece()
    {
        var article = Article.FromPlainText(HostileFiles.Repeat("harbour bridge council vote traffic river ", 40_000));

        var summary = Engine.Summarize(article, new SummaryOptions { Words = 200 });

        Assert.InRange(summary.Sentences.Sum(s => WordTokenizer.CountWords(s)), 1, 200);
    }
}
