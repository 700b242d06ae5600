using Summarizer.Core.Text;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// One article broken into sentences and words, with every word mapped to a term id and every sentence to a
/// tf-isf vector. Words are kept in flat arrays (offsets into the article text) so analysis allocates little.
/// </summary>
internal sealed class AnalyzedDocument
{
    private const int MaxRetainedWords = 1 << 16;

    [ThreadStatic]
    private static List<(int Start, int Length)>? t_spans;

    private AnalyzedDocument(string text, IReadOnlyList<Sentence> sentences, TermLexicon lexicon,
        int[] wordStarts, int[] wordLengths, int[] wordTerms, WordFlags[] wordFlags, int[] sentenceFirstWord, SparseVector[] vectors, int[] termCounts,
        double[] quotedFractions)
    {
        Text = text;
        Sentences = sentences;
        Lexicon = lexicon;
        WordStarts = wordStarts;
        WordLengths = wordLengths;
        WordTerms = wordTerms;
        WordFlags = wordFlags;
        SentenceFirstWord = sentenceFirstWord;
        Vectors = vectors;
        TermCounts = termCounts;
        QuotedFractions = quotedFractions;
    }

    public string Text { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public TermLexicon Lexicon { get; }

    /// <summary>Offset in <see cref="Text"/> of each word.</summary>
    public int[] WordStarts { get; }

    public int[] WordLengths { get; }

    /// <summary>Term id of each word, or <see cref="TermLexicon.StopWord"/>.</summary>
    public int[] WordTerms { get; }

    /// <summary>What key phrases need to know of each word (<see cref="Extractive.WordFlags"/>).</summary>
    public WordFlags[] WordFlags { get; }

    /// <summary>Index of the first word of each sentence; one extra entry holds the total word count.</summary>
    public int[] SentenceFirstWord { get; }

    public SparseVector[] Vectors { get; }

    /// <summary>How often each term occurs in the whole article.</summary>
    public int[] TermCounts { get; }

    /// <summary>Share of each sentence that is direct quotation, with quotations carried across sentences.</summary>
    public double[] QuotedFractions { get; }

    public int WordCount(int sentence) => SentenceFirstWord[sentence + 1] - SentenceFirstWord[sentence];

    public int TotalWords => SentenceFirstWord[^1];

    public ReadOnlySpan<char> Word(int word) => Text.AsSpan(WordStarts[word], WordLengths[word]);

    public static AnalyzedDocument Analyze(string text, IReadOnlyList<Sentence> sentences, TermNormalizer normalizer)
    {
        // Word positions are gathered in a per-thread list reused across articles, then copied into right-sized arrays.
        var spans = t_spans ??= new List<(int Start, int Length)>(1024);
        spans.Clear();
        var firstWord = new int[sentences.Count + 1];
        for (var s = 0; s < sentences.Count; s++)
        {
            firstWord[s] = spans.Count;
            foreach (var word in WordTokenizer.EnumerateWords(text.AsSpan(sentences[s].Start, sentences[s].Length)))
            {
                spans.Add((word.Start + sentences[s].Start, word.Length));
            }
        }

        firstWord[sentences.Count] = spans.Count;
        var lexicon = new TermLexicon(normalizer);
        var starts = new int[spans.Count];
        var lengths = new int[spans.Count];
        var terms = new int[spans.Count];
        var flags = new WordFlags[spans.Count];
        for (var w = 0; w < spans.Count; w++)
        {
            starts[w] = spans[w].Start;
            lengths[w] = spans[w].Length;
            terms[w] = lexicon.Lookup(text.AsSpan(starts[w], lengths[w]), out flags[w]);
        }

        var (termCounts, sentenceFrequency) = CountTerms(terms, firstWord, lexicon.Count);
        var vectors = new SparseVector[sentences.Count];
        var inverseSentenceFrequencies = SparseVector.InverseSentenceFrequencies(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            vectors[s] = SparseVector.TfIsf(terms.AsSpan(firstWord[s], firstWord[s + 1] - firstWord[s]), sentenceFrequency, inverseSentenceFrequencies);
        }

        if (spans.Capacity > MaxRetainedWords)
        {
            t_spans = null;
        }

        return new AnalyzedDocument(text, sentences, lexicon, starts, lengths, terms, flags, firstWord, vectors, termCounts, QuotedSpeech.Fractions(sentences));
    }

    // How often each term occurs in the document, and in how many sentences.
    private static (int[] TermCounts, int[] SentenceFrequency) CountTerms(int[] terms, int[] firstWord, int termCount)
    {
        var termCounts = new int[termCount];
        var sentenceFrequency = new int[termCount];
        var lastSeenIn = new int[termCount];
        Array.Fill(lastSeenIn, -1);
        for (var s = 0; s + 1 < firstWord.Length; s++)
        {
            for (var w = firstWord[s]; w < firstWord[s + 1]; w++)
            {
                var t = terms[w];
                if (t < 0)
                {
                    continue;
                }

                termCounts[t]++;
                if (lastSeenIn[t] != s)
                {
                    lastSeenIn[t] = s;
                    sentenceFrequency[t]++;
                }
            }
        }

        return (termCounts, sentenceFrequency);
    }
}
