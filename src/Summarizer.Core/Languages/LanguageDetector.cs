namespace Summarizer.Core.Languages;

/// <summary>
/// Tells which language an article is written in, offline and deterministically: the script decides Chinese, Japanese
/// and Korean; for alphabetic text, function words (the stop-word lists) and a few distinctive letters vote among
/// <see cref="LanguageCodes.Supported"/>. Only a bounded sample is read (the start and a slice of the middle), so the
/// cost does not grow with the article; reading stops as soon as one language is far ahead; nothing is allocated.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Characters read from the start of the text: a few paragraphs, enough for a clear verdict.</summary>
    internal const int HeadLength = 1536;

    /// <summary>
    /// Characters read from the middle when the start was not conclusive, so a byline, boilerplate or quotation at the top
    /// does not decide alone.
    /// </summary>
    internal const int MiddleLength = 512;

    /// <summary>Fewer words than this say too little: "und".</summary>
    internal const int MinWords = 5;

    /// <summary>
    /// Running text in a supported language is at least this share function words (articles alone make up a tenth of
    /// English, French or German text); unsupported languages written in the same script stay well below.
    /// </summary>
    internal const double MinCoverage = 0.15;

    /// <summary>Polish, Ukrainian and Russian have no articles, so their text holds fewer function words.</summary>
    internal const double MinCoverageWithoutArticles = 0.12;

    /// <summary>
    /// More than one word in this many with a letter outside the supported alphabets (Turkish ı, Czech ř, Romanian ș,
    /// Serbian ј...) means an unsupported language; a foreign name or two in an English article stays below.
    /// </summary>
    internal const int ForeignWordRatio = 12;

    /// <summary>A verdict needs at least this many function words of the winning language.</summary>
    internal const int MinFunctionWords = 3;

    /// <summary>Fewer CJK characters than this are too few to call Chinese, Japanese or Korean.</summary>
    internal const int MinCjkCharacters = 8;

    /// <summary>Equals <see cref="LanguageCodes.Supported"/>.Count; a constant so the per-call buffers are fixed-size.</summary>
    private const int LanguageCount = 10;

    /// <summary>The ISO 639-1 code of the text's dominant language, or "und". Allocates nothing.</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text.AsSpan());
    }

    /// <inheritdoc cref="Detect(string)"/>
    public static string Detect(ReadOnlySpan<char> text)
    {
        Span<float> scores = stackalloc float[LanguageCount];
        Span<int> functionWords = stackalloc int[LanguageCount];
        Span<char> wordBuffer = stackalloc char[LanguageEvidence.WordBufferLength];
        var evidence = Gather(text, scores, functionWords, wordBuffer);
        return Decide(ref evidence, out _, out _);
    }

    /// <summary>Like <see cref="Detect(string)"/>, with the confidence and per-language scores behind the verdict.</summary>
    public static LanguageDetection Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(text.AsSpan());
    }

    /// <inheritdoc cref="Analyze(string)"/>
    public static LanguageDetection Analyze(ReadOnlySpan<char> text)
    {
        Span<float> scores = stackalloc float[LanguageCount];
        Span<int> functionWords = stackalloc int[LanguageCount];
        Span<char> wordBuffer = stackalloc char[LanguageEvidence.WordBufferLength];
        var evidence = Gather(text, scores, functionWords, wordBuffer);
        var language = Decide(ref evidence, out var confidence, out var coverage);
        var perWord = new Dictionary<string, double>(LanguageCount, StringComparer.Ordinal);
        for (var i = 0; i < LanguageCount; i++)
        {
            perWord[LanguageCodes.Supported[i]] = evidence.Words == 0 ? 0 : Math.Round(scores[i] / evidence.Words, 4);
        }

        return new LanguageDetection
        {
            Language = language,
            Confidence = Math.Round(confidence, 4),
            Coverage = Math.Round(coverage, 4),
            WordsSampled = evidence.Words,
            Scores = perWord,
        };
    }

    private static LanguageEvidence Gather(ReadOnlySpan<char> text, Span<float> scores, Span<int> functionWords, Span<char> wordBuffer)
    {
        var evidence = new LanguageEvidence(scores, functionWords, wordBuffer);
        if (text.Length <= HeadLength + MiddleLength)
        {
            evidence.Add(text);
            return evidence;
        }

        evidence.Add(CutAfterLastSpace(text[..HeadLength]));
        if (evidence.IsConclusive)
        {
            return evidence;
        }

        var middleStart = Math.Max(HeadLength, (text.Length - MiddleLength) / 2);
        evidence.Add(CutAfterLastSpace(SkipPartialWord(text.Slice(middleStart, MiddleLength))));
        return evidence;
    }

    private static string Decide(ref LanguageEvidence evidence, out double confidence, out double coverage)
    {
        confidence = 0;
        coverage = 0;
        var cjk = evidence.CjkCharacters;
        var alphabetic = evidence.Letters - cjk;

        // A CJK character stands for roughly a word, an alphabetic word for about five letters: CJK leads when it
        // carries at least as much of the text as the alphabetic letters do.
        if (cjk >= MinCjkCharacters && cjk * 5 >= alphabetic)
        {
            confidence = (double)cjk / evidence.Letters;
            return CjkLanguage(ref evidence);
        }

        var latinOrCyrillic = evidence.LatinLetters + evidence.CyrillicLetters;
        if (evidence.OtherLetters > latinOrCyrillic
            || evidence.ForeignWords * ForeignWordRatio > evidence.Words
            || evidence.Words < MinWords)
        {
            return LanguageCodes.Undetermined;
        }

        var (best, second) = TopTwo(evidence.Scores);
        var bestFunctionWords = evidence.FunctionWords[best];
        if (bestFunctionWords < MinFunctionWords || bestFunctionWords < MinCoverageOf(best) * evidence.Words)
        {
            return LanguageCodes.Undetermined;
        }

        var bestScore = evidence.Scores[best];
        var secondScore = second < 0 ? 0f : evidence.Scores[second];
        confidence = (bestScore - secondScore) / (bestScore + secondScore);
        coverage = (double)bestFunctionWords / evidence.Words;
        return LanguageCodes.Supported[best];
    }

    private static double MinCoverageOf(int language) => LanguageCodes.Supported[language]
        is LanguageCodes.Polish or LanguageCodes.Ukrainian or LanguageCodes.Russian ? MinCoverageWithoutArticles : MinCoverage;

    private static string CjkLanguage(ref LanguageEvidence evidence)
    {
        if (evidence.HangulCharacters * 2 >= evidence.CjkCharacters)
        {
            return LanguageCodes.Korean;
        }

        // Japanese writes grammar in kana between its kanji; Chinese text has next to none.
        var hanAndKana = evidence.HanCharacters + evidence.KanaCharacters;
        return evidence.KanaCharacters * 20 >= hanAndKana ? LanguageCodes.Japanese : LanguageCodes.Chinese;
    }

    /// <summary>Indexes of the highest and second-highest scores; ties go to the earlier language, so results are stable.</summary>
    private static (int Best, int Second) TopTwo(ReadOnlySpan<float> scores)
    {
        var best = 0;
        var second = -1;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || scores[i] > scores[second])
            {
                second = i;
            }
        }

        return (best, second);
    }

    private static ReadOnlySpan<char> CutAfterLastSpace(ReadOnlySpan<char> slice)
    {
        var lastSpace = slice.LastIndexOfAny(' ', '\n', '\t');
        return lastSpace < 0 ? slice : slice[..lastSpace];
    }

    private static ReadOnlySpan<char> SkipPartialWord(ReadOnlySpan<char> slice)
    {
        var firstSpace = slice.IndexOfAny(' ', '\n', '\t');
        return firstSpace < 0 ? slice : slice[(firstSpace + 1)..];
    }
}
