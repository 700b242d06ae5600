using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// The words that shape names (<see cref="NameRuns"/>), as <see cref="WordFlags"/> worked out once per written form:
/// titles before a person ("President", "Chief", "MP"), the small words inside names ("of", "de", "van", "al"), and the
/// capitalised function words that open clauses, not names ("The", "In", "But").
/// </summary>
internal static class NameWords
{
    // Within a name a title separates an organisation or office from the person ("Port Authority Chairman Daniel
    // Price"); on its own it is no topic.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = FrozenSet.ToFrozenSet(
        ["President", "Minister", "Secretary", "General", "Chairman", "Chairwoman", "Mayor", "Governor", "Senator", "Sir",
         "King", "Queen", "Prince", "Princess", "Pope", "Chief", "Director", "Judge", "Justice", "Councillor", "Professor",
         "Deputy", "Vice", "Executive", "Officer", "Managing", "Commissioner", "Inspector", "Superintendent", "Sergeant",
         "Prof", "Miss", "Constable", "Supt", "Insp", "Sgt", "Det", "Dr", "Mr", "Mrs", "Ms", "Lord", "Lady", "Dame",
         "Captain", "Coach", "Manager", "Ambassador", "Commander", "Colonel", "Lieutenant", "Admiral", "Bishop",
         "Archbishop", "Cardinal", "Reverend", "Chancellor", "Spokesman", "Spokeswoman", "Attorney", "Speaker",
         "MP", "MEP", "MSP", "MLA", "AM", "TD", "PC", "DC", "DCI", "DI", "DS",
         "Präsident", "Président", "Ministre", "Presidente", "Ministro", "Президент", "Министр", "Міністр"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case words that stand inside names between capitalised ones ("Bank of England", "Robin van Persie"). Not
    // "for" or "and": they join names more often than they stand in one ("Shay Given for the Liverpool…").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = FrozenSet.ToFrozenSet(
        ["of", "de", "del", "della", "der", "den", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "van", "von",
         "ter", "y", "al", "el", "bin", "ibn"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised articles, prepositions and conjunctions inside a sentence mark a boundary the splitter missed ("at
    // Anfield The former defender", "17:39 GMT In the last decade"), not a name; "The" may open one ("The Hague").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "Nor", "Yet", "So", "If", "As", "By", "To", "From",
         "With", "After", "Before", "When", "While", "Of", "Then"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordFlags Classify(ReadOnlySpan<char> word) =>
        (Titles.Contains(word) ? WordFlags.Title : WordFlags.None)
        | (Connectors.Contains(word) ? WordFlags.NameConnector : WordFlags.None)
        | (ClauseWords.Contains(word) ? WordFlags.ClauseWord : WordFlags.None);
}
