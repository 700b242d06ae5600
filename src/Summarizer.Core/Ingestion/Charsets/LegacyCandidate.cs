namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// A legacy encoding the guesser may choose, and the script text in it is written in. It turns a
/// <see cref="ReadingTally"/> of a sample read in this encoding into points: two for each letter of its script, less
/// for every sign of a wrong reading.
/// </summary>
/// <param name="Encoding">The encoding.</param>
/// <param name="Script">The script its text is written in.</param>
/// <param name="Companion">A script written among it (kanji in Japanese, hanja in Korean), or <see cref="WritingScript.None"/>.</param>
/// <param name="CompanionNeedsScript">
/// True when the companion counts fully only beside enough of the script: Japanese prose puts kana between its kanji,
/// so kanji alone read as Japanese are Chinese read wrong. False: the companion always counts half (hanja in Korean).
/// </param>
internal sealed record LegacyCandidate(WebEncoding Encoding, WritingScript Script, WritingScript Companion = WritingScript.None, bool CompanionNeedsScript = false)
{
    /// <summary>Points per letter that reads right; a share of this is how well a reading reads.</summary>
    public const int LetterPoints = 2;

    private const int UndefinedPenalty = 8;

    /// <summary>A sentence that opens in lower case is a strong sign of a caseless script read as Cyrillic, Greek or Latin.</summary>
    private const int SentenceStartPenalty = 3 * LetterPoints;

    public Reading Score(ReadingTally tally)
    {
        var letters = tally.AllLetters;
        var own = tally.Letters[(int)Script];
        var companion = Companion == WritingScript.None ? 0 : tally.Letters[(int)Companion];
        var companionPoints = CompanionNeedsScript && own * 10 >= own + companion ? LetterPoints : LetterPoints / 2;
        var foreign = letters - own - companion;

        long points = (own * LetterPoints) + (companion * companionPoints) + (tally.Punctuation * LetterPoints)
            - (foreign * LetterPoints) - (tally.Undefined * UndefinedPenalty) - (tally.SymbolsInWords * LetterPoints)
            - ((tally.UpperInsideWords + tally.Unlikely + tally.MixedWords) * LetterPoints)
            - (tally.LowerSentenceStarts * SentenceStartPenalty) - (Math.Max(0, tally.UpperCase - tally.LowerCase) * LetterPoints);
        points -= Script == WritingScript.Latin ? tally.LatinInRuns * 2L * LetterPoints : 0;
        points -= Script is WritingScript.Han or WritingScript.Kana ? tally.SpacedIdeographs * LetterPoints : 0;
        long possible = (letters + tally.Punctuation + tally.Symbols + tally.SymbolsInWords + tally.Undefined) * (long)LetterPoints;
        return new Reading(points, possible, letters);
    }

    /// <summary>How a sample reads in one encoding.</summary>
    /// <param name="Points">What its characters earned.</param>
    /// <param name="Possible">What they could have earned, had every one read right.</param>
    /// <param name="Letters">Its non-ASCII letters: the evidence the points rest on.</param>
    internal readonly record struct Reading(long Points, long Possible, int Letters)
    {
        /// <summary>True when this reading earns a larger share of its possible points than <paramref name="other"/>.</summary>
        public bool IsBetterThan(Reading other) => Points * Math.Max(other.Possible, 1) > other.Points * Math.Max(Possible, 1);

        /// <summary>True when at least <paramref name="percent"/> per cent of the possible points are earned.</summary>
        public bool Earns(int percent) => Possible > 0 && Points * 100 >= Possible * percent;
    }
}
