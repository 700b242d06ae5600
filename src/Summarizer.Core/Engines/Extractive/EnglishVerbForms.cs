using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Recognises inflected forms of common English verbs that are seldom nouns ("tend", "celebrates", "investigate",
/// "recurs", "swore"), so a key phrase never runs on from its subject into the verb ("defendants tend", "Schumacher
/// celebrates"). Words that are as often nouns ("fire", "fears", "quotes", "shares", "support") are left out on
/// purpose: a missed verb costs one odd phrase, a wrongly listed noun costs every phrase built on it.
/// </summary>
internal static class EnglishVerbForms
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Bases = WordSet.Ordinal(
        """
        accept achieve acknowledge admit advise affect afford agree allege allow announce apologise apologize appear appoint
        argue arrive assume assure attend avoid become beat begin believe belong blame borrow breathe bring build buy
        celebrate choose clarify combine compete complain comprise concede conclude condemn confess confirm consider
        consist contain continue convince create decide declare defend deliver demonstrate deny depend deserve destroy
        determine develop die disappear discover discuss dismiss dominate eat emerge employ enable encourage enjoy ensure enter
        establish estimate evaluate examine exist expand expect explain explore fail flee follow forbid
        forget forgive grow happen hear hesitate hide identify ignore imagine impose improve include indicate inform
        insist inspire intend introduce invest investigate invite involve join kill know laugh lean learn listen lose
        maintain manage marry mean meet mention notice obtain occur oppose participate perform persuade plead
        praise pray predict prefer prepare pretend prevent proceed produce propose protect prove provide publish pull pursue
        push raise reach read realise realize receive recognise recognize recommend recover recur reduce refer reflect refuse
        regret reject rely remain remember remind remove replace represent require resign resist respond retire reveal
        say seek seem send serve shake show shrink sing sit speak spend spread steal succeed suffer suggest
        suppose survive swear swim take teach tell tend thank think threaten tolerate treat try understand
        undergo urge vanish wake want warn wear weep win withdraw wonder write
        """);

    // Simple past forms that are not also participles: "stolen car" and "lost property" are phrases, "stole" never is.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Irregular = WordSet.Ordinal(
        """
        became began chose drew drove ate fell flew forgot forgave grew hid knew sang sank sat shook shrank spoke stole
        swore swam threw took withdrew woke wore wrote won heard caught crave craves
        """);

    /// <summary>
    /// True for a lower-case base, third-person "-s" or irregular simple past form of one of the listed verbs. The "-ed"
    /// and "-ing" forms are left to the phrase rules: before a noun they are adjectives ("developed economies").
    /// </summary>
    public static bool IsVerbForm(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsLower(word[0]))
        {
            return false;
        }

        if (Bases.Contains(word) || Irregular.Contains(word))
        {
            return true;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return WithEnding(word[..^3], 'y');
        }

        if (word.EndsWith("s", StringComparison.Ordinal))
        {
            return Bases.Contains(word[..^1]) || (word.EndsWith("es", StringComparison.Ordinal) && Bases.Contains(word[..^2]));
        }

        return false;
    }

    private static bool WithEnding(ReadOnlySpan<char> stem, char ending)
    {
        if (stem.Length > 30)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[stem.Length + 1];
        stem.CopyTo(buffer);
        buffer[^1] = ending;
        return Bases.Contains(buffer);
    }
}
