using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Languages;
using Summarizer.Core.Text;

namespace Summarizer.Core.Tests.Engines;

public sealed class TermLexiconTests
{
    // "Administrations" and "administration" are longer than the forms the cache keeps in its table's slots.
    private const string Text = "Councils voted. The council said councillors vote again; a vote by the Council of Elmsford councils follows. "
        + "Administrations change; the administration votes.";

    [Fact]
    public void Lookup_WordsSharingAStem_ShareATermNumberedInOrderOfFirstAppearance()
    {
        var terms = Terms(Normalizer(), Text);

        // councils voted (the) council (said) councillors vote (again a) vote (by the) Council (of) Elmsford councils follows
        // Administrations change (the) administration votes
        Assert.Equal([0, 1, -1, 0, -1, 2, 1, -1, -1, 1, -1, -1, 0, -1, 3, 0, 4, 5, 6, -1, 5, 1], terms);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)]
    public void Lookup_CacheFullOfOtherWords_NumbersTermsExactlyAsWithRoom(int maxCachedWords)
    {
        var roomy = Normalizer();
        var cramped = Normalizer(maxCachedWords);
        Terms(cramped, "Harbour bridges close while ferries sail; the harbour reopens.");

        Assert.Equal(Terms(roomy, Text), Terms(cramped, Text));
        Assert.Equal(Terms(roomy, Text), Terms(cramped, Text));
    }

    [Fact]
    public void Lookup_ThreadsLearningTheSameWordsAtOnce_NumberTermsAsOneThreadAlone()
    {
        // Thousands of forms, so the shared table grows while the threads read it.
        var texts = Enumerable.Range(0, 20)
            .Select(t => Text + " " + string.Join(' ', Enumerable.Range(0, 500).Select(w => $"w{(t * 37) + (w * 11)}x{w % 7}")))
            .ToList();
        var expected = texts.Select(text => Terms(Normalizer(), text)).ToList();
        var shared = Normalizer();

        var results = new List<int>[4][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = results.Length }, thread =>
            results[thread] = [.. texts.Select((_, i) => texts[(i + thread * 5) % texts.Count]).Select(text => Terms(shared, text))]);

        for (var thread = 0; thread < results.Length; thread++)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Assert.Equal(expected[(i + thread * 5) % texts.Count], results[thread][i]);
            }
        }
    }

    [Fact]
    public void Lookup_AfterTheThreadBeganAnotherDocument_Throws()
    {
        var normalizer = Normalizer();
        var first = new TermLexicon(normalizer);
        _ = new TermLexicon(normalizer);

        Assert.Throws<InvalidOperationException>(() => first.Lookup("council"));
    }

    private static TermNormalizer Normalizer(int maxCachedWords = WordCache.DefaultMaxEntries) =>
        new(StopWords.For("en").Contains, Stemmers.For("en").Stem, word => PhraseBreakers.Classify(word, "en"), maxCachedWords);

    private static List<int> Terms(TermNormalizer normalizer, string text)
    {
        var lexicon = new TermLexicon(normalizer);
        var terms = new List<int>();
        foreach (var word in WordTokenizer.EnumerateWords(text))
        {
            terms.Add(lexicon.Lookup(word.Original));
        }

        return terms;
    }
}
