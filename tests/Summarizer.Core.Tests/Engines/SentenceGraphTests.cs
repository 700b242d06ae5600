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

        var graph = new SentenceGraph(vectors, termCount: 50);

        Assert.True(graph.Band < count - 1);
        Assert.Equal(vectors[0].Cosine(vectors[count - 1]), graph.Similarity(0, count - 1), 6);
        Assert.Equal(vectors[5].Cosine(vectors[6]), graph.Similarity(6, 5), 6);
        Assert.Equal(1, graph.Similarity(3, 3));
    }

    [Fact]
    public void Cosine_AgainstAScatteredVector_EqualsTheMergedCosineToTheLastBit()
    {
        var random = new Random(17);
        const int terms = 200;
        int[] Sentence() => [.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => random.Next(-1, terms))];
        var sentences = Enumerable.Range(0, 60).Select(_ => Sentence()).ToList();
        var sentenceFrequency = Enumerable.Range(0, terms).Select(t => 1 + sentences.Count(s => s.Contains(t))).ToArray();
        var inverseSentenceFrequencies = SparseVector.InverseSentenceFrequencies(sentences.Count + 1);
        var vectors = sentences.Select(s => SparseVector.TfIsf(s, sentenceFrequency, inverseSentenceFrequencies)).ToArray();
        var dense = new double[terms];

        foreach (var a in vectors)
        {
            a.Scatter(dense);
            foreach (var b in vectors)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(a.Cosine(b)), BitConverter.DoubleToInt64Bits(a.Cosine(b, dense)));
            }

            a.Clear(dense);
            Assert.All(dense, weight => Assert.Equal(0, weight));
        }
    }
}
