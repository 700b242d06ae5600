using BenchmarkDotNet.Attributes;
using Summarizer.Core.Languages;
using Summarizer.Core.Text;

namespace Summarizer.Benchmarks;

/// <summary>
/// Cost of the language features per article: detection must stay at a few microseconds for the product's
/// ~5,000 articles/s on two cores; stop-word checks and stemming run once per word.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private const string RussianParagraph = "Городской совет в четверг проголосовал за то, чтобы со следующей весны закрыть старый мост для автомобилей. "
        + "По словам мэра, ремонт обошёлся бы дороже, чем строительство нового моста, поэтому город превратит его в дорогу для пешеходов и велосипедистов. "
        + "Владельцы магазинов на северном берегу опасаются, что потеряют покупателей, и собираются обратиться в суд.";

    private const string FinnishParagraph = "Kaupunginvaltuusto päätti torstaina sulkea vanhan sataman sillan autoilta ensi keväästä alkaen. "
        + "Pormestarin mukaan sillan korjaaminen maksaisi enemmän kuin uuden rakentaminen, joten silta muutetaan kävelijöiden ja pyöräilijöiden väyläksi. "
        + "Pohjoisrannan kauppiaat pelkäävät menettävänsä asiakkaita ja aikovat viedä päätöksen oikeuteen.";

    private string _english = null!;
    private string _finnish = null!;
    private string _russian = null!;
    private string[] _englishWords = null!;
    private IStemmer _englishStemmer = null!;
    private StopWordSet _englishStopWords = null!;

    [GlobalSetup]
    public void Setup()
    {
        _english = NewsArticle.Text;
        _russian = string.Join("\n\n", Enumerable.Repeat(RussianParagraph, 8));
        _finnish = string.Join("\n\n", Enumerable.Repeat(FinnishParagraph, 9));
        _englishWords = [.. WordTokenizer.Tokenize(_english)];
        _englishStemmer = Stemmers.For(LanguageCodes.English);
        _englishStopWords = StopWords.For(LanguageCodes.English);
        LanguageDetector.Detect(_english);
    }

    /// <summary>English news article of about 3 KB (ASCII fast path).</summary>
    [Benchmark(Baseline = true)]
    public string DetectEnglish3KB() => LanguageDetector.Detect(_english);

    /// <summary>Russian article of about 3 KB (every letter takes the non-ASCII path).</summary>
    [Benchmark]
    public string DetectRussian3KB() => LanguageDetector.Detect(_russian);

    /// <summary>Worst case: an unsupported language (Finnish, about 3 KB) never leads, so the whole sample is read.</summary>
    [Benchmark]
    public string DetectUnsupported3KB() => LanguageDetector.Detect(_finnish);

    /// <summary>The diagnostic overload, which allocates its score table.</summary>
    [Benchmark]
    public LanguageDetection AnalyzeEnglish3KB() => LanguageDetector.Analyze(_english);

    /// <summary>Stemming every word of the English article through the span overload.</summary>
    [Benchmark]
    public int StemEnglishArticleWords()
    {
        var total = 0;
        foreach (var word in _englishWords)
        {
            total += _englishStemmer.Stem(word.AsSpan()).Length;
        }

        return total;
    }

    /// <summary>Stop-word checks for every word of the English article.</summary>
    [Benchmark]
    public int StopWordChecksEnglishArticle()
    {
        var stopWords = 0;
        foreach (var word in _englishWords)
        {
            if (_englishStopWords.Contains(word.AsSpan()))
            {
                stopWords++;
            }
        }

        return stopWords;
    }
}
