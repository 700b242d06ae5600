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

    [Fact]
    public void Compress_EveryNewsSentence_KeepsEveryNegationAndNumberQualifier()
    {
        var articles = ShortenerCorpus.DevArticles() ?? ShortenerCorpus.ShippedArticles();
        var sentences = articles.SelectMany(article => SentenceSplitter.Split(article).Select(s => s.Text))
            .Concat(ShortenerCorpus.Cases.Select(c => c.Input));
        var checkedSentences = 0;
        var failures = new List<string>();
        foreach (var sentence in sentences)
        {
            var result = SentenceCompressor.Compress(sentence);
            checkedSentences++;
            var before = MeaningCounts(sentence);
            var after = MeaningCounts(result);
            var lost = before.Where(pair => after.GetValueOrDefault(pair.Key) < pair.Value).Select(pair => pair.Key).ToList();
            if (lost.Count > 0)
            {
                failures.Add($"lost {string.Join(", ", lost)}: \"{sentence}\" -> \"{result}\"");
            }
        }

        Assert.True(checkedSentences >= 150, $"only {checkedSentences} sentences were checked");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    // The test's own lists, kept apart from the shortener's so the property does not check the code against itself.
    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "except", "excluding", "unless",
    };

    private static readonly HashSet<string> NumberQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "nearly", "almost", "approximately", "roughly", "over", "under", "least", "most", "than", "up",
    };

    // Negation words, "n't" forms, and qualifier-number pairs ("nearly 90,000", "at least 12").
    private static Dictionary<string, int> MeaningCounts(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var words = text.Split([' ', ',', ';', ':', '(', ')', '—', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '"', '\'', '“', '”', '’', '-')).Where(w => w.Length > 0).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var key = Negations.Contains(word) ? word.ToLowerInvariant()
                : word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase) ? "n't"
                : NumberQualifiers.Contains(word) && i + 1 < words.Count && (char.IsDigit(words[i + 1][0]) || words[i + 1][0] is '$' or '£' or '€')
                    ? $"{word.ToLowerInvariant()} {words[i + 1]}"
                    : null;
            if (key is not null)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
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
