using System.Collections.Concurrent;
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

    // English stems with Porter, the same stemmer ROUGE scores with; stems are cached per word by the normaliser.
    private static TermNormalizer Create(string language)
    {
        var stopWords = StopWords.For(language);
        return new TermNormalizer(stopWords.Contains, Stemmers.For(language).Stem, word => PhraseBreakers.Classify(word, language) | NameWords.Classify(word));
    }
}
