using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// A conservative test for whether English words hold a finite verb, which is what separates a clause ("the bridge will
/// close") from a fragment ("the bridge, a 1911 landmark"). Without a tagger it looks for auxiliaries and modals,
/// contractions, common irregular past and present forms, and "-ed" forms after a subject; words inside a relative
/// clause (", who …,") do not count, since that verb belongs to the aside, not to the sentence.
/// </summary>
internal static class ClauseShape
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = WordSet.IgnoringCase(
        """
        is are was were am has have had do does did will would shall should can could may might must cannot isn't aren't
        wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't couldn't shouldn't mustn't
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FiniteForms = WordSet.IgnoringCase(
        """
        said says told tells went goes came comes took takes made makes gave gives found finds left kept keeps held holds
        brought brings thought thinks felt feels knew knows saw sees got gets won wins lost loses met meets paid pays ran
        runs sent sends spent spends stood stands began begins became becomes fell falls grew grows led leads rose rises
        built builds broke breaks chose drove flew fought hit hits hurt let lets put puts set sets shot sold sells sought
        struck taught threw wrote writes caught drew fled meant means sat spoke stole swore tore wore woke rang sang slept
        say tell want wants need needs plan plans seem seems remain remains face faces show shows hope hopes expect
        expects believe believes claim claims warn warns insist insists admit admits deny denies continue continues
        include includes appear appears suggest suggests look looks live lives work works play plays cut quit shut spread beat
        bid cost costs
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = WordSet.IgnoringCase("i you he she it we they who");

    // An "-ed" word after one of these is a participle or adjective ("the injured", "has closed"), not a finite verb.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonSubjects = WordSet.IgnoringCase(
        """
        a an the this that these those his her its their our my your of in on at by for from with to into after before
        being been be having get got getting become became newly recently when if as and or but than not no
        well fully highly badly very too most more less least any some every each all other such so
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeOpeners = WordSet.IgnoringCase("who whose which whom where");

    /// <summary>True when the words of <paramref name="text"/> outside its relative clauses include a finite verb.</summary>
    public static bool HasFiniteVerb(ReadOnlySpan<char> text)
    {
        var previous = ReadOnlySpan<char>.Empty;
        var inRelative = false;
        var afterComma = true;
        foreach (var range in text.Split(' '))
        {
            var raw = text[range];
            if (raw.IsEmpty)
            {
                continue;
            }

            var word = Bare(raw);
            if (afterComma && RelativeOpeners.Contains(word))
            {
                inRelative = true;
            }

            if (!inRelative && word.Length > 0 && IsFiniteAfter(previous, word))
            {
                return true;
            }

            afterComma = raw[^1] == ',';
            if (afterComma)
            {
                inRelative = false;
            }

            previous = word;
        }

        return false;
    }

    /// <summary>True for an auxiliary, a modal or a contraction that carries one ("we're", "isn't").</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> word)
    {
        word = Bare(word);
        return Auxiliaries.Contains(word) || IsContraction(word);
    }

    public static bool IsSubjectPronoun(ReadOnlySpan<char> word) => SubjectPronouns.Contains(Bare(word));

    /// <summary>The word without surrounding punctuation and quotation marks.</summary>
    public static ReadOnlySpan<char> Bare(ReadOnlySpan<char> word) => word.Trim(".,;:!?\"'“”‘’()[]");

    private static bool IsFiniteAfter(ReadOnlySpan<char> previous, ReadOnlySpan<char> word)
    {
        if (Auxiliaries.Contains(word) || IsContraction(word) || FiniteForms.Contains(word))
        {
            return true;
        }

        if (previous.IsEmpty || NonSubjects.Contains(previous))
        {
            return false;
        }

        var pastTense = word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !char.IsUpper(word[0]);
        var thirdPerson = word.Length > 2 && word[^1] == 's' && SubjectPronouns.Contains(previous) && !char.IsUpper(word[0]);
        return pastTense || thirdPerson;
    }

    private static bool IsContraction(ReadOnlySpan<char> word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m"])
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
