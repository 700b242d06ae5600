using System.Collections.Frozen;

namespace Summarizer.Core.Text;

/// <summary>
/// Abbreviations that end in a full stop, keyed without that final stop and compared case-insensitively. Words that
/// are also common English words ("sat", "ill", "mass", "am") are left out on purpose: a full stop after them is far
/// more often a real sentence end.
/// </summary>
internal static class Abbreviations
{
    private static readonly string[] TitleWords =
    [
        // English titles and ranks, which stand before a name.
        "mr", "mrs", "ms", "mx", "messrs", "mmes", "dr", "drs", "prof", "profs", "gen", "sen", "sens", "rep", "reps",
        "gov", "govs", "rev", "revd", "hon", "capt", "cpt", "lt", "col", "maj", "sgt", "cpl", "pte", "pvt", "pfc", "spc", "adm",
        "cmdr", "cdr", "brig", "supt", "insp", "det", "pres", "atty", "vs", "v",
        // French, Spanish and German forms seen in news copy.
        "mme", "mlle", "sra", "srta", "fr",
        // Russian and Ukrainian: academician, professor.
        "акад", "проф",
    ];

    private static readonly string[] AmbiguousWords =
    [
        // Name suffixes, places and companies.
        "jr", "sr", "st", "mt", "ft", "ave", "blvd", "rd", "hwy", "inc", "ltd", "co", "corp", "plc", "llc", "llp",
        "bros", "dept", "univ", "assn", "intl", "govt", "hr",
        // References and approximations.
        "pp", "chap", "approx", "ca", "cf", "al", "viz", "ibid", "ph.d", "pct",
        // Months and weekdays ("May", "June", "July" are words and need no entry).
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
        // US states in AP style that are not also ordinary words.
        "ala", "ariz", "calif", "colo", "conn", "fla", "kan", "kans", "ky", "mich", "minn", "mont", "neb", "nev", "okla",
        "tenn", "tex", "vt", "wis", "wyo",
        // German.
        "bzw", "usw", "evtl", "ggf", "inkl", "vgl", "sog", "str", "jh",
        // Russian and Ukrainian: year(s), city, street, thousand, million, and so on.
        "г", "гг", "т.е", "т.к", "т.н", "т.зв", "им", "ул", "просп", "пер", "кв", "стр", "тыс", "млн", "млрд", "руб",
        "коп", "долл", "напр", "ок", "св", "обл", "пос", "вв", "ст", "зам", "н.э", "вул", "тис", "грн", "див", "пл",
        "пров", "смт", "р-н",
    ];

    // "etc." and its Russian and Ukrainian counterparts ("и т.д.", "и др.", "та ін.") close a list.
    private static readonly string[] UsuallyFinalWords = ["etc", "т.д", "т.п", "др", "ін", "т.ін"];

    // Numbering words ("No. 5", "Fig. 3") are abbreviations only before a number; "said no. Police ..." ends a sentence.
    private static readonly string[] BeforeNumberWords = ["no", "nos", "nr", "vol", "vols", "fig", "figs", "ch", "art", "tel", "ext", "p"];

    private static readonly string[] TimeOfDayWords = ["a.m", "p.m"];

    private static readonly FrozenDictionary<string, AbbreviationKind> Known = Build();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of <paramref name="word"/> (without its final full stop), or <see cref="AbbreviationKind.None"/>.</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 8 && KnownBySpan.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var entries = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in AmbiguousWords) entries.Add(word, AbbreviationKind.Ambiguous);
        foreach (var word in TitleWords) entries.Add(word, AbbreviationKind.Title);
        foreach (var word in UsuallyFinalWords) entries.Add(word, AbbreviationKind.UsuallyFinal);
        foreach (var word in TimeOfDayWords) entries.Add(word, AbbreviationKind.TimeOfDay);
        foreach (var word in BeforeNumberWords) entries.Add(word, AbbreviationKind.BeforeNumber);
        return entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
