namespace Summarizer.AI.Tests;

public sealed class ArticleChunkerTests
{
    private static readonly TokenCounter Tokens = new();
    private readonly ArticleChunker _chunker = new(Tokens);

    [Theory]
    [InlineData(5, 100)]
    [InlineData(40, 300)]
    [InlineData(120, 1_000)]
    public void Split_Paragraphs_EveryChunkFitsAndNothingIsLost(int paragraphs, int maxTokens)
    {
        var text = Articles.Long(paragraphs);

        var chunks = _chunker.Split(text, maxTokens);

        Assert.All(chunks, c => Assert.True(Tokens.Count(c) <= maxTokens, $"{Tokens.Count(c)} tokens"));
        Assert.Equal(text, string.Join("\n\n", chunks));
    }

    [Fact]
    public void Split_ParagraphOverBudget_CutsBetweenSentences()
    {
        var paragraph = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"Sentence number {i} says one small thing about the river."));

        var chunks = _chunker.Split(paragraph, 60);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(Tokens.Count(c) <= 60));
        Assert.All(chunks, c => Assert.EndsWith("river.", c, StringComparison.Ordinal));
        Assert.Equal(paragraph, string.Join(' ', chunks));
    }

    [Fact]
    public void Split_SentenceOverBudget_CutsBetweenTokensWithoutLosingText()
    {
        var sentence = string.Join(' ', Enumerable.Range(1, 400).Select(i => $"cell{i}"));

        var chunks = _chunker.Split(sentence, 50);

        Assert.All(chunks, c => Assert.True(Tokens.Count(c) <= 50));
        Assert.Equal(sentence, string.Concat(chunks));
    }

    [Fact]
    public void Split_TextWithinBudget_OneChunk()
    {
        Assert.Equal([Articles.Harbour], _chunker.Split(Articles.Harbour, 10_000));
    }
}
