using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// English words that end a key phrase although they are not stop words: common verbs and verb forms, which turn a
/// noun phrase ("harbour bridge") into a clause ("Northbridge voted", "cars use"). Without a part-of-speech tagger this
/// list, with the rule that a phrase does not end in an "-ed" or "-ing" form, keeps phrases to the things an article
/// is about.
/// </summary>
internal static class PhraseBreakers
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishVerbs = FrozenSet.ToFrozenSet(
        """
        use uses used using make makes made making take takes took taken taking give gives gave given get gets got go goes
        went gone come comes came see sees saw seen know knows knew known think thinks thought want wants wanted find finds
        found call calls called become becomes became begin begins began begun leave leaves left put puts keep keeps kept
        show shows showed shown help helps helped ask asks asked add adds added claim claims claimed expect expects expected
        allow allows allowed continue continues continued remain remains remained seem seems seemed plan plans planned
        vote votes voted say says said tell tells told believe believes believed hope hopes hoped try tries tried need needs
        needed feel feels felt let lets bring brings brought hold holds held run runs ran pay pays paid meet meets met
        include includes included set sets lead leads led understand understands stand stands stood lose loses lost
        warn warns warned urge urges urged agree agrees agreed face faces faced move moves moved live lives lived happen
        happens happened appear appears appeared provide provides provided announce announces announced report reports
        reported suggest suggests suggested accuse accuses accused deny denies denied reveal reveals revealed admit admits
        admitted insist insists insisted describe describes described face avoid avoids avoided
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool BreaksPhrase(ReadOnlySpan<char> word) => EnglishVerbs.Contains(word);

    /// <summary>"-ed" and "-ing" forms may open or sit inside a phrase ("divided residents") but not end one.</summary>
    public static bool CannotEndPhrase(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
}
