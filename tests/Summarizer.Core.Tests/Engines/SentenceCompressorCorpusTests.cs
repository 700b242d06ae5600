using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Text;

namespace Summarizer.Core.Tests.Engines;

public sealed class SentenceCompressorCorpusTests
{
    public static TheoryData<string, string, string> Corpus()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (rule, input, expected) in ShortenerCorpus.Cases)
        {
            data.Add(rule, input, expected);
        }

        return data;
    }

    [Fact]
    public void Corpus_HoldsAtLeast150Sentences()
    {
        Assert.True(ShortenerCorpus.Cases.Count >= 150, $"the corpus holds {ShortenerCorpus.Cases.Count} sentences");
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Compress_CorpusSentence_GivesTheExpectedSentence(string rule, string input, string expected)
    {
        Assert.True(expected == SentenceCompressor.Compress(input), $"{rule}: expected \"{expected}\" but got \"{SentenceCompressor.Compress(input)}\"");
    }

    [Fact]
    public void Compress_EveryNewsSentence_KeepsWordsInOrderAndTheOpeningNounPhrase()
    {
        var articles = ShortenerCorpus.DevArticles() ?? ShortenerCorpus.ShippedArticles();
        var checkedSentences = 0;
        var failures = new List<string>();
        foreach (var article in articles)
        {
            foreach (var sentence in SentenceSplitter.Split(article))
            {
                var result = SentenceCompressor.Shorten(sentence.Text);
                checkedSentences++;
                if (!IsSubsequence(Words(result.Text), Words(sentence.Text)))
                {
                    failures.Add($"not a subsequence: \"{sentence.Text}\" -> \"{result.Text}\"");
                }
                else if (!result.OpeningDropped && !StartsWithSameNounPhrase(result.Text, sentence.Text))
                {
                    failures.Add($"opening lost: \"{sentence.Text}\" -> \"{result.Text}\"");
                }
            }
        }

        Assert.True(checkedSentences >= 150, $"only {checkedSentences} sentences were checked");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    private static readonly char[] WordPunctuation = [',', '.', ';', ':', '(', ')', '-', '—', '–'];

    // Words are runs of letters, digits and apostrophes, so "(CNN)Deputies" is two words.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private static bool IsSubsequence(List<string> output, List<string> input)
    {
        var at = 0;
        foreach (var word in output)
        {
            while (at < input.Count && !SameWord(input[at], word))
            {
                at++;
            }

            if (at == input.Count)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    // The opening noun phrase: the first word and the capitalised words that follow it without punctuation ("The Xyz
    // Agency", "Port Authority Chairman Daniel Price").
    private static bool StartsWithSameNounPhrase(string output, string input)
    {
        var inputWords = input.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var outputWords = output.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrase = 1;
        while (phrase < inputWords.Length && char.IsUpper(inputWords[phrase][0]) && char.IsLetterOrDigit(inputWords[phrase - 1][^1]))
        {
            phrase++;
        }

        for (var i = 0; i < phrase; i++)
        {
            if (i >= outputWords.Length || !SameWord(inputWords[i].Trim(WordPunctuation), outputWords[i].Trim(WordPunctuation)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameWord(string a, string b) =>
        a.Equals(b, StringComparison.Ordinal) || (a.Length > 0 && b.Length == a.Length && char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0]) && a[1..] == b[1..]);
}
