using System.Collections.Frozen;

namespace Summarizer.Core.Languages;

/// <summary>
/// Light stemmers for the supported languages. Each strips a few inflectional endings (plural, case, gender, common
/// verb forms) and keeps a minimum stem length; none rewrites letters, so a stem is always a prefix of its word.
/// </summary>
public static class Stemmers
{
    // Each built on first use (Lazy<T> runs a build once even when many threads ask at the same moment): a run that
    // meets only English never builds the others' suffix tables.
    private static readonly FrozenDictionary<string, Lazy<IStemmer>> ByLanguage = new (string Language, Func<IStemmer> Create)[]
    {
        (LanguageCodes.English, () => EnglishStemmer.Instance),

        // Nouns and adjectives: -e, -en, -er, -es, -em, -ern, -s, -n (Wahl, Wahlen; Kind, Kinder, Kindern).
        (LanguageCodes.German, () => new SuffixStemmer(LanguageCodes.German, ["e", "em", "en", "er", "ern", "es", "n", "s"], minStemLength: 3)),

        // Plural -s/-x, feminine -e, participles -é/-ée/-és/-ées, -al/-aux and -eux/-euse pairs.
        (LanguageCodes.French, () => new SuffixStemmer(
            LanguageCodes.French,
            ["s", "x", "e", "es", "é", "ée", "és", "ées", "al", "ale", "ales", "aux", "eux", "euse", "euses"],
            minStemLength: 3)),

        // Gender and number, and -ón/-ones, whose accent moves in the plural (elección, elecciones).
        (LanguageCodes.Spanish, () => new SuffixStemmer(
            LanguageCodes.Spanish,
            ["a", "as", "e", "es", "o", "os", "s", "ón", "ones"],
            minStemLength: 3)),

        // Gender and number; -che/-chi and -ghe/-ghi keep their stem's hard consonant (banca, banche).
        (LanguageCodes.Italian, () => new SuffixStemmer(LanguageCodes.Italian, ["a", "e", "i", "o", "he", "hi"], minStemLength: 3)),

        // Gender and number, -ão with its three plurals, -al/-ais and -el/-eis.
        (LanguageCodes.Portuguese, () => new SuffixStemmer(
            LanguageCodes.Portuguese,
            ["a", "as", "e", "es", "o", "os", "s", "ão", "ões", "ães", "ãos", "al", "ais", "el", "eis"],
            minStemLength: 3)),

        // Plural -en/-s, adjective -e; the consonant doubled before -en is undoubled (katten, kat).
        (LanguageCodes.Dutch, () => new SuffixStemmer(LanguageCodes.Dutch, ["e", "en", "s"], minStemLength: 3, undoubleFinalConsonant: true)),

        // Case endings of nouns and adjectives.
        (LanguageCodes.Polish, () => new SuffixStemmer(
            LanguageCodes.Polish,
            [
                "a", "ą", "e", "ę", "i", "o", "u", "y", "ach", "ami", "ego", "ej", "em", "emu", "ie", "ich", "iej", "im", "imi",
                "om", "owi", "ów", "ych", "ym", "ymi",
            ],
            minStemLength: 3)),

        // Case endings of nouns and adjectives.
        (LanguageCodes.Ukrainian, () => new SuffixStemmer(
            LanguageCodes.Ukrainian,
            [
                "а", "я", "и", "і", "ї", "у", "ю", "е", "є", "о", "ь", "й", "ам", "ям", "ами", "ями", "ах", "ях", "ів", "їв",
                "ові", "еві", "ом", "ем", "ою", "ею", "ого", "ому", "ий", "ій", "ої", "их", "іх", "ими", "іми", "ія", "ії", "ію",
            ],
            minStemLength: 3)),

        // Case endings of nouns and adjectives.
        (LanguageCodes.Russian, () => new SuffixStemmer(
            LanguageCodes.Russian,
            [
                "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "й", "ам", "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ей", "ой",
                "ом", "ем", "ою", "ею", "ого", "его", "ому", "ему", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их",
                "ую", "юю", "ым", "им", "ыми", "ими", "ия", "ии", "ию",
            ],
            minStemLength: 3)),
    }.ToFrozenDictionary(entry => entry.Language, entry => new Lazy<IStemmer>(entry.Create), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Lazy<IStemmer>>.AlternateLookup<ReadOnlySpan<char>> ByLanguageSpan =
        ByLanguage.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A stemmer that leaves every word as it is, for languages without one.</summary>
    public static IStemmer Identity => IdentityStemmer.Instance;

    /// <summary>
    /// The stemmer for a language given by ISO 639-1 code ("pt"; "pt-BR" and "PT" work too), or <see cref="Identity"/>
    /// for any other language, including "und". Stemmers are stateless and safe to share across threads.
    /// </summary>
    public static IStemmer For(string languageCode)
    {
        ArgumentNullException.ThrowIfNull(languageCode);
        return ByLanguageSpan.TryGetValue(LanguageCodes.PrimarySubtag(languageCode), out var stemmer) ? stemmer.Value : Identity;
    }
}
