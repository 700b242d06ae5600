using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Words that stand before a person's name as a title ("President", "Chief", "Dr"): within a name they separate an
/// organisation or office from the person ("Port Authority Chairman Daniel Price"), and on their own they are no topic.
/// </summary>
internal static class PersonTitles
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = FrozenSet.ToFrozenSet(
        ["President", "Minister", "Secretary", "General", "Chairman", "Chairwoman", "Mayor", "Governor", "Senator", "Sir",
         "King", "Queen", "Prince", "Princess", "Pope", "Chief", "Director", "Judge", "Justice", "Councillor", "Professor",
         "Deputy", "Vice", "Executive", "Officer", "Managing", "Commissioner", "Inspector", "Superintendent", "Sergeant", "Prof", "Miss",
         "Constable", "Supt", "Insp", "Sgt", "Det", "Dr", "Mr", "Mrs", "Ms", "Lord", "Lady", "Dame", "Captain", "Coach",
         "Manager", "Ambassador", "Commander", "Colonel", "Lieutenant", "Admiral", "Bishop", "Archbishop", "Cardinal",
         "Reverend", "Chancellor", "Spokesman", "Spokeswoman", "Attorney", "Speaker",
         "MP", "MEP", "MSP", "MLA", "AM", "TD", "PC", "DC", "DCI", "DI", "DS",
         "Präsident", "Président", "Ministre", "Presidente", "Ministro", "Президент", "Министр", "Міністр"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Titles.Contains(word);
}
