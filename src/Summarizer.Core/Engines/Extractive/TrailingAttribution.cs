using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Finds a trailing attribution that a summary can do without: ", police said.", ", the ministry said on Monday.",
/// ", a spokesman told the BBC.", ", said Mr Okafor.", ", according to official figures." Only these shapes count: a
/// short subject and a reporting verb (with at most a short time or audience after it), a reporting verb and a short
/// name, or "according to". A tail whose words hold a clause of their own (", said he would not reopen.") is the
/// sentence's predicate, not an attribution, and is never one.
/// </summary>
internal static class TrailingAttribution
{
    private const int MaxSubjectWords = 5;
    private const int MaxWordsAfterVerb = 4;
    private const int MaxAccordingWords = 8;

    // The longest shape: a subject of MaxSubjectWords words before the verb, and MaxWordsAfterVerb words after it.
    private const int MaxTailWords = MaxSubjectWords + 1 + MaxWordsAfterVerb;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbs = WordSet.IgnoringCase(
        "said says added adds told reported reports explained stated noted claimed confirmed announced revealed insisted warned admitted");

    // Words that may follow the verb: when it was said and to whom ("on Monday", "told reporters", "in a statement").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterVerbOpeners = WordSet.IgnoringCase(
        """
        on in at during yesterday today tonight earlier later last this late reporters journalists the a an police
        """);

    // ", said on Monday that …" has no subject after the verb: the sentence's own subject is further back.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeOpeners = WordSet.IgnoringCase(
        "on in at during yesterday today tonight earlier later last this late when as after before while");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = WordSet.IgnoringCase("that who which whether if because to");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords = WordSet.IgnoringCase(
        "that he she it they we i you who which whether if because would will could should can may might must was were is are has have had to");

    /// <summary>The offset of the ", " that starts a droppable attribution at the end of <paramref name="text"/>, or -1.</summary>
    public static int Start(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '.' or ' ')
        {
            end--;
        }

        if (end == text.Length || end == 0)
        {
            // Only a sentence closed by a full stop: a question or exclamation is not a report.
            return -1;
        }

        var comma = text.LastIndexOf(", ", end - 1, StringComparison.Ordinal);
        if (comma <= 0)
        {
            return -1;
        }

        // No attribution shape has more than MaxTailWords words; a longer tail is the sentence's own clause.
        var tailText = text.AsSpan(comma + 2, end - comma - 2);
        if (tailText.Count(' ') >= MaxTailWords && CountWords(tailText) > MaxTailWords)
        {
            return -1;
        }

        var tail = tailText.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return IsAttribution(tail) ? comma : -1;
    }

    // Words as Split(' ', RemoveEmptyEntries) would give them.
    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            words += text[range].IsEmpty ? 0 : 1;
        }

        return words;
    }

    private static bool IsAttribution(string[] tail)
    {
        if (tail.Length < 2)
        {
            return false;
        }

        if (tail[0].Equals("according", StringComparison.OrdinalIgnoreCase))
        {
            return tail[1].Equals("to", StringComparison.OrdinalIgnoreCase) && tail.Length <= MaxAccordingWords && !HasClauseWord(tail, 2);
        }

        // ", said Mr Okafor." / ", added the spokesman.": verb first, then a name with no clause of its own.
        if (ReportingVerbs.Contains(tail[0]))
        {
            return tail.Length - 1 <= MaxSubjectWords && !HasClauseWord(tail, 1) && !TimeOpeners.Contains(tail[1]);
        }

        // ", police said." / ", the ministry said on Monday." / ", a spokesman told the BBC."
        for (var verb = 1; verb < tail.Length && verb <= MaxSubjectWords; verb++)
        {
            if (!ReportingVerbs.Contains(tail[verb]))
            {
                continue;
            }

            // "manager Gary Bowyer has said": the perfect's auxiliary belongs to the reporting verb.
            var subjectEnd = verb > 1 && IsPerfectAuxiliary(tail[verb - 1]) ? verb - 1 : verb;
            var after = tail.Length - verb - 1;
            var told = tail[verb].Equals("told", StringComparison.OrdinalIgnoreCase);
            return !HasSubordinator(tail[..subjectEnd])
                && after <= MaxWordsAfterVerb
                && (after == 0 || AfterVerbOpeners.Contains(tail[verb + 1]) || (told && char.IsUpper(tail[verb + 1][0])))
                && !HasClauseWord(tail, verb + 1);
        }

        return false;
    }

    // A pronoun may be the reporter (", he said."); a subordinator or auxiliary means the words are a clause.
    private static bool HasSubordinator(string[] subject)
    {
        foreach (var raw in subject)
        {
            var word = ClauseShape.Bare(raw);
            if (Subordinators.Contains(word) || ClauseShape.IsAuxiliary(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPerfectAuxiliary(string word) => word is "has" or "have" or "had";

    private static bool HasClauseWord(string[] words, int from)
    {
        for (var i = from; i < words.Length; i++)
        {
            var word = ClauseShape.Bare(words[i]);
            if (ClauseWords.Contains(word) || ClauseShape.IsAuxiliary(word))
            {
                return true;
            }
        }

        return false;
    }
}
