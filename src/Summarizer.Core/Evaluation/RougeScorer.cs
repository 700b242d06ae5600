using Summarizer.Core.Languages;
namespace Summarizer.Core.Evaluation;

/// <summary>
/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum as google-research <c>rouge_score</c> computes them (and the project's
/// reference scorer, eval/rouge.py, which adds sentence-splitting of one-line hypotheses for ROUGE-Lsum and a Unicode
/// tokenizer for non-English text). Scores agree with the reference to the last bit, so figures are comparable with
/// published ones. Thread-safe.
/// </summary>
public sealed class RougeScorer
{
    private readonly EnglishStemmer? _stemmer;

    public RougeScorer(RougeOptions? options = null)
    {
        Options = options ?? RougeOptions.Default;
        _stemmer = Options.UseStemmer ? EnglishStemmer.Instance : null;
    }

    public RougeOptions Options { get; }

    /// <summary>Scores <paramref name="hypothesis"/> against <paramref name="reference"/>; both hold one sentence per line.</summary>
    /// <param name="reference">The human summary.</param>
    /// <param name="hypothesis">The system summary.</param>
    /// <param name="language">ISO 639-1 code of the texts; anything but English switches to the Unicode tokenizer.</param>
    public RougeScores Score(string reference, string hypothesis, string? language = "en")
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(hypothesis);

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var referenceTokens = Encode(reference, language, vocabulary);
        var hypothesisTokens = Encode(hypothesis, language, vocabulary);
        var referenceSentences = Lines(reference).Select(line => Encode(line, language, vocabulary)).ToList();
        var hypothesisLines = Lines(hypothesis);
        if (Options.SplitSingleLineHypothesis && hypothesisLines.Count == 1)
        {
            hypothesisLines = LsumSentenceSplitter.Split(hypothesisLines[0]);
        }

        var hypothesisSentences = hypothesisLines.Select(line => Encode(line, language, vocabulary)).ToList();
        return new RougeScores(
            NGramOverlap(referenceTokens, hypothesisTokens, 1, vocabulary.Count),
            NGramOverlap(referenceTokens, hypothesisTokens, 2, vocabulary.Count),
            LongestCommonSubsequence(referenceTokens, hypothesisTokens),
            SummaryLevelLcs(referenceSentences, hypothesisSentences, vocabulary.Count));
    }

    /// <summary>The tokens ROUGE compares for <paramref name="text"/>, as this scorer's options produce them.</summary>
    public IReadOnlyList<string> Tokenize(string text, string? language = "en") => RougeTokenizer.Tokenize(text, _stemmer, language);

    private int[] Encode(string text, string? language, Dictionary<string, int> vocabulary)
    {
        var tokens = RougeTokenizer.Tokenize(text, _stemmer, language);
        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!vocabulary.TryGetValue(tokens[i], out ids[i]))
            {
                ids[i] = vocabulary.Count;
                vocabulary.Add(tokens[i], ids[i]);
            }
        }

        return ids;
    }

    /// <summary>Non-empty lines, as the reference splits a summary into sentences for ROUGE-Lsum.</summary>
    private static List<string> Lines(string text) => [.. text.Split('\n').Where(line => line.Length > 0)];

    /// <summary>Clipped n-gram overlap (n = 1 or 2); an empty side counts as one n-gram so nothing divides by zero.</summary>
    private static RougeScore NGramOverlap(int[] reference, int[] hypothesis, int n, int vocabularySize)
    {
        var referenceCounts = CountNGrams(reference, n, vocabularySize);
        var hypothesisCounts = CountNGrams(hypothesis, n, vocabularySize);
        var hits = 0;
        foreach (var (gram, count) in referenceCounts)
        {
            if (hypothesisCounts.TryGetValue(gram, out var other))
            {
                hits += Math.Min(count, other);
            }
        }

        return RougeScore.FromCounts(hits, Math.Max(reference.Length - n + 1, 1), Math.Max(hypothesis.Length - n + 1, 1));
    }

    private static Dictionary<long, int> CountNGrams(int[] tokens, int n, int vocabularySize)
    {
        var counts = new Dictionary<long, int>();
        for (var i = 0; i + n <= tokens.Length; i++)
        {
            var key = n == 1 ? tokens[i] : ((long)tokens[i] * vocabularySize) + tokens[i + 1];
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static RougeScore LongestCommonSubsequence(int[] reference, int[] hypothesis)
    {
        if (reference.Length == 0 || hypothesis.Length == 0)
        {
            return RougeScore.Zero;
        }

        var previous = new int[hypothesis.Length + 1];
        var current = new int[hypothesis.Length + 1];
        foreach (var token in reference)
        {
            for (var j = 1; j <= hypothesis.Length; j++)
            {
                current[j] = token == hypothesis[j - 1] ? previous[j - 1] + 1 : Math.Max(current[j - 1], previous[j]);
            }

            (previous, current) = (current, previous);
        }

        return RougeScore.FromCounts(previous[hypothesis.Length], reference.Length, hypothesis.Length);
    }

    /// <summary>
    /// Lin (2004) section 3.2: for each reference sentence, the union of its LCS with every hypothesis sentence; a
    /// token counts as a hit only while both texts still have an unmatched copy of it.
    /// </summary>
    private static RougeScore SummaryLevelLcs(List<int[]> referenceSentences, List<int[]> hypothesisSentences, int vocabularySize)
    {
        var referenceTotal = referenceSentences.Sum(s => s.Length);
        var hypothesisTotal = hypothesisSentences.Sum(s => s.Length);
        if (referenceTotal == 0 || hypothesisTotal == 0)
        {
            return RougeScore.Zero;
        }

        var referenceLeft = new int[vocabularySize];
        var hypothesisLeft = new int[vocabularySize];
        referenceSentences.ForEach(s => Array.ForEach(s, token => referenceLeft[token]++));
        hypothesisSentences.ForEach(s => Array.ForEach(s, token => hypothesisLeft[token]++));

        var hits = 0;
        foreach (var reference in referenceSentences)
        {
            var inUnion = new bool[reference.Length];
            foreach (var hypothesis in hypothesisSentences)
            {
                MarkLcs(reference, hypothesis, inUnion);
            }

            for (var i = 0; i < reference.Length; i++)
            {
                var token = reference[i];
                if (inUnion[i] && referenceLeft[token] > 0 && hypothesisLeft[token] > 0)
                {
                    hits++;
                    referenceLeft[token]--;
                    hypothesisLeft[token]--;
                }
            }
        }

        return RougeScore.FromCounts(hits, referenceTotal, hypothesisTotal);
    }

    /// <summary>Marks the reference positions of one LCS, breaking ties the way <c>rouge_score</c>'s backtrack does.</summary>
    private static void MarkLcs(int[] reference, int[] hypothesis, bool[] inUnion)
    {
        if (reference.Length == 0 || hypothesis.Length == 0)
        {
            return;
        }

        var width = hypothesis.Length + 1;
        var table = new int[(reference.Length + 1) * width];
        for (var i = 1; i <= reference.Length; i++)
        {
            for (var j = 1; j <= hypothesis.Length; j++)
            {
                table[(i * width) + j] = reference[i - 1] == hypothesis[j - 1]
                    ? table[((i - 1) * width) + j - 1] + 1
                    : Math.Max(table[(i * width) + j - 1], table[((i - 1) * width) + j]);
            }
        }

        for (int i = reference.Length, j = hypothesis.Length; i > 0 && j > 0;)
        {
            if (reference[i - 1] == hypothesis[j - 1])
            {
                inUnion[i - 1] = true;
                i--;
                j--;
            }
            else if (table[(i * width) + j - 1] > table[((i - 1) * width) + j])
            {
                j--;
            }
            else
            {
                i--;
            }
        }
    }
}
