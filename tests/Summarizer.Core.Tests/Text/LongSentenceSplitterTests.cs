using Summarizer.Core.Text;

namespace Summarizer.Core.Tests.Text;

public sealed class LongSentenceSplitterTests
{
    private static readonly string[] Words = ["harbour", "bridge", "council", "vote", "traffic", "river", "tram", "spring"];

    private static string Run(int words, Func<int, string>? word = null) =>
        string.Join(' ', Enumerable.Range(0, words).Select(word ?? (i => Words[i % Words.Length])));

    private static IReadOnlyList<Sentence> Split(string text) => LongSentenceSplitter.Split(text, SentenceSplitter.Split(text));

    [Fact]
    public void Split_SentencesWithinTheBounds_AreTheSameList()
    {
        var text = "The council met on Monday. " + Run(150) + ".";
        var sentences = SentenceSplitter.Split(text);

        Assert.Same(sentences, LongSentenceSplitter.Split(text, sentences));
    }

    [Fact]
    public void Split_TextWithoutSentenceEnds_IsCutIntoPiecesOfAtMostEightyWordsThatCoverIt()
    {
        var text = Run(10_000);

        var pieces = Split(text);

        Assert.Equal(125, pieces.Count);
        Assert.All(pieces, p => Assert.InRange(WordTokenizer.CountWords(p.Text), 1, LongSentenceSplitter.MaxPieceWords));
        Assert.All(pieces, p => Assert.Equal(text.Substring(p.Start, p.Length), p.Text));
        Assert.Equal(text, string.Join(' ', pieces.Select(p => p.Text)));
    }

    [Fact]
    public void Split_ClauseBoundaryAfterFortyWords_IsWhereThePieceEnds()
    {
        var text = Run(50) + ", " + Run(200);

        var first = Split(text)[0];

        Assert.EndsWith(",", first.Text, StringComparison.Ordinal);
        Assert.Equal(50, WordTokenizer.CountWords(first.Text));
    }

    [Fact]
    public void Split_CaptionsRunTogether_AreCutBeforeACapitalisedWord()
    {
        // No punctuation at all, but a capital after a lower-case word marks where one caption ran into the next.
        var text = Run(60) + " Crowds " + Run(200);

        var first = Split(text)[0];

        Assert.Equal(60, WordTokenizer.CountWords(first.Text));
        Assert.StartsWith("Crowds", Split(text)[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_OneWordOfMegabytes_IsCutByCharacters()
    {
        var text = string.Concat(Enumerable.Repeat("harbour", 100_000));

        var pieces = Split(text);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, LongSentenceSplitter.MaxPieceCharacters));
        Assert.Equal(text, string.Concat(pieces.Select(p => p.Text)));
    }

    [Fact]
    public void Split_CutByCharacters_NeverSplitsASurrogatePair()
    {
        var text = new string('a', LongSentenceSplitter.MaxPieceCharacters - 1) + string.Concat(Enumerable.Repeat("😀", 2_000));

        var pieces = Split(text);

        Assert.All(pieces, p => Assert.False(char.IsLowSurrogate(p.Text[0]) || char.IsHighSurrogate(p.Text[^1]), "a piece starts or ends inside a surrogate pair"));
    }

    [Fact]
    public void Split_PiecesKeepTheirParagraph()
    {
        var text = "First paragraph.\n\n" + Run(400);

        var pieces = Split(text);

        Assert.All(pieces.Skip(1), p => Assert.Equal(1, p.Paragraph));
    }
}
