using System.Collections.Concurrent;
using Summarizer.Core.Evaluation;
using Summarizer.Core.Languages;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>Detects an article's language and hands out the word handling for it, one cached normaliser per language.</summary>
internal static class EngineLanguage
{
    private static readonly ConcurrentDictionary<string, TermNormalizer> Normalizers = new(StringComparer.Ordinal);

    public static (string Language, TermNormalizer Normalizer) For(string text)
    {
        var language = LanguageDetector.Detect(text);
        return (language, Normalizers.GetOrAdd(language, Create));
    }

    public static bool IsEnglishLike(string language) => language is LanguageCodes.English or LanguageCodes.Undetermined;

    // English gets the full Porter stemmer, which conflates more forms than the light one; stems are cached, so its
    // extra cost is paid once per distinct word.
    private static TermNormalizer Create(string language)
    {
        var stopWords = StopWords.For(language);
        Func<string, string> stem = language == LanguageCodes.English ? PorterStemmer.Shared.Stem : Stemmers.For(language).Stem;
        return new TermNormalizer(stopWords.Contains, stem);
    }
}
