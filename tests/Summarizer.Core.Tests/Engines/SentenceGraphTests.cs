using Summarizer.Core.Engines.Extractive;

namespace Summarizer.Core.Tests.Engines;

public sealed class SentenceGraphTests
{
    [Fact]
    public void Similarity_PairsBeyondTheBand_MatchTheDirectCosine()
    {
        // Enough sentences that the band narrows below the distance between the first and the last sentence.
        const int count = 20_000;
        var sentenceFrequency = Enumerable.Repeat(count / 10, 50).ToArray();
        var inverseSentenceFrequencies = SparseVector.InverseSentenceFrequencies(count);
        var vectors = Enumerable.Range(0, count)
            .Select(i => SparseVector.TfIsf([i % 50, (i * 7) % 50, (i * 13) % 50], sentenceFrequency, inverseSentenceFrequencies))
            .ToArray();

        var graph = new SentenceGraph(vectors);

        Assert.True(graph.Band < count - 1);
        Assert.Equal(vectors[0].Cosine(vectors[count - 1]), graph.Similarity(0, count - 1), 6);
        Assert.Equal(vectors[5].Cosine(vectors[6]), graph.Similarity(6, 5), 6);
        Assert.Equal(1, graph.Similarity(3, 3));
    }
}
