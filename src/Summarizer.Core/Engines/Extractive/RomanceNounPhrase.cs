using System.Collections.Frozen;
using Summarizer.Core.Languages;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// The shape of a French, Spanish, Italian or Portuguese noun phrase: a noun followed by adjectives ("écoles publiques",
/// "plantas desalinizadoras"), or a few adjectives that stand before the noun ("nuevo plan"). A lower-case word after
/// another word of a phrase must therefore look like an adjective or participle; anything else (a finite verb as in
/// "plan incluye", "syndicats d'enseignants réclament", a preposition or adverb) starts a new phrase.
/// </summary>
internal static class RomanceNounPhrase
{
    private static readonly string[] FrenchSuffixes =
        ["al", "ale", "aux", "el", "elle", "if", "ive", "ique", "aire", "eux", "euse", "ais", "aise", "ain", "aine", "ien",
         "ienne", "é", "ée", "able", "ible", "ant", "ante", "iste", "oire", "ier", "ière", "ère", "ic", "onne"];

    private static readonly string[] SpanishSuffixes =
        ["al", "ar", "ico", "ica", "oso", "osa", "ivo", "iva", "ado", "ada", "ido", "ida", "ble", "nte", "ano", "ana", "ario",
         "aria", "ista", "dor", "dora", "dore", "il", "ile", "ense", "ino", "ina", "ero", "era", "eño", "eña", "ior", "iore"];

    private static readonly string[] ItalianSuffixes =
        ["ale", "ali", "ico", "ica", "ici", "iche", "oso", "osa", "osi", "ose", "ivo", "iva", "ivi", "ive", "ato", "ata",
         "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "ile", "ili", "ese", "esi", "ano", "ana",
         "ani", "ane", "ario", "aria", "ari", "arie", "ista", "isti", "ente", "enti", "ante", "anti", "bile", "bili", "ore", "ori",
         "ino", "ina", "ini", "ine"];

    private static readonly string[] PortugueseSuffixes =
        ["al", "ais", "ico", "ica", "oso", "osa", "ivo", "iva", "ado", "ada", "ido", "ida", "vel", "veis", "nte", "ano",
         "ana", "ário", "ária", "ista", "dor", "dora", "il", "is", "ês", "esa", "eiro", "eira", "ino", "ina"];

    // Adjectives that stand before the noun, and French "-ent" adjectives (most "-ent" words are verbs: "réclament").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prenominal = FrozenSet.ToFrozenSet(
        ["nouveau", "nouvelle", "nouvel", "nouveaux", "nouvelles", "grand", "grande", "grands", "grandes", "petit", "petite",
         "jeune", "jeunes", "vieux", "vieil", "vieille", "ancien", "ancienne", "premier", "première", "dernier", "dernière",
         "meilleur", "meilleure", "nuevo", "nueva", "nuevos", "nuevas", "gran", "grandes", "pequeño", "pequeña", "primer",
         "primera", "último", "última", "mejor", "peor", "mayor", "menor", "viejo", "vieja", "nuovo", "nuova", "nuovi",
         "nuove", "grande", "grandi", "piccolo", "piccola", "primo", "prima", "ultimo", "ultima", "migliore", "novo", "nova",
         "novos", "novas", "pequeno", "pequena", "melhor", "maior", "último", "primeiro", "primeira"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchEntAdjectives = FrozenSet.ToFrozenSet(
        ["récent", "récente", "urgent", "urgente", "différent", "différente", "violent", "violente", "présent", "permanent",
         "permanente", "évident", "intelligent", "excellent", "fréquent", "innocent", "compétent", "prudent", "transparent",
         "pertinent", "imminent"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for the languages whose noun phrases this shape describes.</summary>
    public static bool Applies(string language) =>
        language is LanguageCodes.French or LanguageCodes.Spanish or LanguageCodes.Italian or LanguageCodes.Portuguese;

    /// <summary>Whether <paramref name="word"/> may continue a phrase whose last word so far is <paramref name="previous"/>.</summary>
    public static bool CanFollow(ReadOnlySpan<char> previous, ReadOnlySpan<char> word, string language)
    {
        if (char.IsUpper(word[0]))
        {
            // A name after a lower-case title ("ministro Carlos Rojas") or inside a name.
            return true;
        }

        if (Prenominal.Contains(previous) || Prenominal.Contains(Singular(previous)) || IsElidedDe(word))
        {
            return true;
        }

        var stem = Singular(word);
        if (language == LanguageCodes.French && FrenchEntAdjectives.Contains(stem))
        {
            return true;
        }

        var suffixes = language switch
        {
            LanguageCodes.French => FrenchSuffixes,
            LanguageCodes.Spanish => SpanishSuffixes,
            LanguageCodes.Italian => ItalianSuffixes,
            _ => PortugueseSuffixes,
        };
        foreach (var suffix in suffixes)
        {
            // Plural forms are checked whole ("acessíveis") and without their plural ending ("públicas").
            if ((word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
                || (stem.Length > suffix.Length + 1 && stem.EndsWith(suffix, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] == 's' || word[^1] == 'x') ? word[..^1] : word;

    // "syndicats d'enseignants", "Camera dell'…": the elided "of" joins two nouns into one phrase.
    private static bool IsElidedDe(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.StartsWith("d'", StringComparison.Ordinal) || word.StartsWith("d’", StringComparison.Ordinal));
}
