using System.Collections.Frozen;
using Summarizer.Core.Text;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Words that make an aside part of what a sentence says, so the shortener never removes it: negations ("not", "no",
/// "never", "without"), exceptions ("except", "excluding", "but"), conditions ("if", "unless", "provided") and
/// qualifiers of a number ("about 40", "at least 12", "up to 3,000", "nearly half"). "Exports to every EU country (but
/// not Spain) rose" says something else without its bracket.
/// </summary>
internal static class MeaningWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Always = FrozenSet.ToFrozenSet(
        ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "except", "excluding",
         "excepting", "but", "unless", "if", "provided", "only", "until", "barring", "save", "apart", "besides", "instead",
         "minus", "plus", "including", "estimated", "approximately", "roughly", "nearly", "almost", "maximum", "minimum", "max", "min", "est", "circa", "ca", "approx", "reportedly",
         "allegedly", "unconfirmed", "disputed", "per", "each"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Qualifiers that are ordinary words unless a number follows: "about 40", "over 1,000", "up to 3".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumber = FrozenSet.ToFrozenSet(
        ["about", "around", "over", "under", "some", "up", "to", "above", "below", "between", "within", "than", "least",
         "most"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="aside"/> holds a negation, exception, condition or number qualifier.</summary>
    public static bool Holds(ReadOnlySpan<char> aside)
    {
        var previousQualifies = false;
        foreach (var range in aside.SplitAny(" ,;:()—–"))
        {
            var word = aside[range].Trim(".'’\"“”");
            if (word.IsEmpty)
            {
                continue;
            }

            if (Always.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)
                || (previousQualifies && (SegmentationChars.IsDigit(word[0]) || word[0] is '$' or '£' or '€')))
            {
                return true;
            }

            previousQualifies = BeforeNumber.Contains(word);
        }

        return false;
    }
}
