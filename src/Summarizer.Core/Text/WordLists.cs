using System.Collections.Frozen;

namespace Summarizer.Core.Text;

/// <summary>
/// Small closed word lists that settle an ambiguous full stop by looking at the word after it. All lookups take a
/// span and compare case-insensitively, so deciding a boundary never allocates.
/// </summary>
internal static class WordLists
{
    /// <summary>
    /// Function words that open sentences but rarely follow an abbreviation inside a name or phrase: "in the U.S. The
    /// talks ..." is two sentences, "the U.S. Senate" is one. Titles such as "Sen." are absent because "U.S. Sen. Smith"
    /// is a single phrase.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters = Create(
    [
        // English.
        "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
        "this", "that", "these", "those", "there", "here", "but", "and", "or", "so", "yet", "however", "meanwhile",
        "in", "on", "at", "for", "from", "with", "without", "after", "before", "during", "when", "while", "if", "as",
        "although", "though", "because", "since", "until", "despite", "some", "many", "most", "all", "no", "now",
        "then", "today", "yesterday", "last", "earlier", "later", "another", "what", "who", "why", "how", "where",
        "which", "each", "every", "both", "such", "also", "still", "instead", "indeed", "mr", "mrs", "ms",
        // German.
        "der", "die", "das", "ein", "eine", "er", "sie", "es", "wir", "ich", "im", "auf", "mit", "nach", "bei", "aber",
        "und", "doch", "als", "wenn", "diese", "dieser", "dieses",
        // Russian.
        "он", "она", "оно", "они", "это", "этот", "эта", "эти", "в", "во", "на", "по", "но", "а", "и", "как", "так", "я",
        "мы", "вы", "при", "после", "до", "для", "из", "однако", "также", "кроме", "если", "когда", "тогда", "там",
        "здесь", "сейчас", "теперь", "уже", "его", "её", "ее", "их", "все", "всё", "что", "кто", "где", "почему",
        // Ukrainian.
        "він", "вона", "воно", "вони", "це", "цей", "ця", "ці", "у", "але", "і", "й", "як", "ми", "ви", "після", "з",
        "із", "проте", "однак", "також", "якщо", "коли", "тоді", "тут", "зараз", "тепер", "вже", "її", "їх", "усі",
        "всі", "що", "хто", "де", "чому",
    ]);

    /// <summary>Words that continue a clock time after "a.m." or "p.m.": "5 p.m. EST", "10 a.m. Tuesday".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeQualifiers = Create(
    [
        "est", "edt", "et", "cst", "cdt", "ct", "mst", "mdt", "mt", "pst", "pdt", "pt", "gmt", "bst", "utc", "cet",
        "cest", "eet", "eest", "aest", "aedt", "awst", "ist", "jst", "hkt", "sgt", "msk", "local", "eastern", "central",
        "mountain", "pacific", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]);

    /// <summary>
    /// Words that follow a German ordinal number ("am 3. Oktober", "im 19. Jahrhundert", "in der 90. Minute"), where
    /// the full stop marks the ordinal, not the end of a sentence.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalFollowers = Create(
    [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "jahrhundert", "jahrhunderts", "jahrtausend", "geburtstag", "jahrestag", "platz",
        "mal", "stock", "etage", "spieltag", "runde", "minute", "klasse", "liga", "bundesliga", "auflage", "kapitel",
        "sitzung", "woche", "tag", "parteitag", "legislaturperiode", "bezirk", "armee", "symphonie", "sinfonie",
    ]);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Create(string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
