namespace Summarizer.Core.Text;

/// <summary>
/// Decides whether terminal punctuation ends a sentence. Each decision looks at a bounded window (the word before, the
/// word after), so a whole text is still split in one linear pass.
/// </summary>
internal static class SentenceBoundaryRules
{
    private static readonly System.Buffers.SearchValues<char> RomanNumeralLetters = System.Buffers.SearchValues.Create("ivxIVX");

    // A longer "word" before a full stop (a URL, a run of symbols) is never an abbreviation; the cap keeps scans short.
    private const int MaxWordBeforeStop = 40;

    private const int MaxListMarkerDigits = 3;

    /// <summary>
    /// Looks at the terminal punctuation at <paramref name="index"/> and returns the offset just past the sentence it
    /// ends (after any closing quotes or brackets), or -1 when the sentence runs on.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="index">Offset of a terminal punctuation character.</param>
    /// <param name="sentenceStart">Offset of the first non-space character of the current sentence.</param>
    /// <param name="resume">Where scanning continues when the sentence runs on.</param>
    public static int FindEnd(ReadOnlySpan<char> text, int index, int sentenceStart, out int resume)
    {
        var end = index;
        var unspaced = false;
        var hasQuestionOrExclamation = false;
        var hasEllipsisChar = false;
        while (end < text.Length && SegmentationChars.IsTerminal(text[end]))
        {
            var c = text[end];
            unspaced |= SegmentationChars.IsUnspacedTerminal(c);
            hasEllipsisChar |= c == '…';
            hasQuestionOrExclamation |= c is not '.' and not '…';
            end++;
        }

        var runLength = end - index;
        while (end < text.Length && SegmentationChars.IsCloser(text[end])) end++;
        resume = end;

        // Chinese and Japanese put no space after a full stop; the stop itself is the boundary.
        if (unspaced || end == text.Length || SegmentationChars.IsLineBreak(text[end]))
        {
            return end;
        }

        // "3.5", "example.com/a.b", "jane.doe@example.org", "U.S.-led", "Yahoo!'s": no space, no boundary.
        if (!SegmentationChars.IsInlineSpace(text[end]))
        {
            return -1;
        }

        var next = end + 1;
        while (next < text.Length && SegmentationChars.IsInlineSpace(text[next])) next++;
        if (next == text.Length || SegmentationChars.IsLineBreak(text[next]))
        {
            return end;
        }

        var following = FollowingText.Read(text, next);
        bool isBoundary;
        if (hasQuestionOrExclamation)
        {
            // "Why?" he asked. / "Stop!" - Next.
            isBoundary = following.Kind is not (FollowingKind.Lowercase or FollowingKind.Continuation);
        }
        else if (runLength > 1 || hasEllipsisChar)
        {
            // An ellipsis before a capital ends the sentence; before anything else it marks an omission.
            isBoundary = following.Kind == FollowingKind.Capital;
        }
        else
        {
            isBoundary = IsBoundaryAfterFullStop(text, index, sentenceStart, following);
        }

        return isBoundary ? end : -1;
    }

    private static bool IsBoundaryAfterFullStop(ReadOnlySpan<char> text, int index, int sentenceStart, FollowingText following)
    {
        if (following.Kind is FollowingKind.Lowercase or FollowingKind.Continuation)
        {
            return false;
        }

        if (!TryFindWordBeforeStop(text, index, sentenceStart, out var wordStart, out var wordEnd))
        {
            // Longer than any abbreviation: whatever it is, the full stop ends it.
            return true;
        }

        var word = text[wordStart..wordEnd];

        // An isolated full stop (" . ") stands for a lost line break in CNN/DailyMail text.
        if (word.IsEmpty)
        {
            return true;
        }

        // "1. First item", "b. Second item", "iv. Fourth item" at the start of a block.
        if (wordStart == sentenceStart && IsListMarker(word))
        {
            return false;
        }

        return EndsAfterWord(text, word, following);
    }

    // The word the full stop at index closes, without the brackets and quotation marks around it; false when it runs
    // past MaxWordBeforeStop characters.
    private static bool TryFindWordBeforeStop(ReadOnlySpan<char> text, int index, int sentenceStart, out int wordStart, out int wordEnd)
    {
        wordEnd = index;
        while (wordEnd > sentenceStart && SegmentationChars.IsCloser(text[wordEnd - 1])) wordEnd--;
        wordStart = wordEnd;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            if (wordEnd - wordStart == MaxWordBeforeStop)
            {
                return false;
            }

            wordStart--;
        }

        while (wordStart < wordEnd && SegmentationChars.IsOpener(text[wordStart])) wordStart++;
        return true;
    }

    // Whether a full stop after this word (an abbreviation, an initial, an ordinal or a plain word) ends the sentence.
    private static bool EndsAfterWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word, FollowingText following)
    {
        var kind = Abbreviations.Classify(word);
        if (kind == AbbreviationKind.BeforeNumber)
        {
            kind = following.Kind == FollowingKind.Digit ? AbbreviationKind.Ambiguous : AbbreviationKind.None;
        }

        switch (kind)
        {
            case AbbreviationKind.Title:
                return false;
            case AbbreviationKind.UsuallyFinal:
                return true;
            case AbbreviationKind.TimeOfDay:
                return following.Kind != FollowingKind.Digit
                    && !(following.Kind == FollowingKind.Capital && WordLists.TimeQualifiers.Contains(FollowingWord(text, following)));
            case AbbreviationKind.Ambiguous:
                return EndsAfterAmbiguousAbbreviation(text, following);
        }

        if (word.Length == 1 && SegmentationChars.IsLetter(word[0]))
        {
            if (!SegmentationChars.IsUpper(word[0]))
            {
                // "в 2014 г. в Москве", "p. 12": single lower-case letters are abbreviations.
                return EndsAfterAmbiguousAbbreviation(text, following);
            }

            // An initial ("J. K. Rowling", "George W. Bush") unless a sentence opener follows ("Plan B. The ...").
            return following.OpensQuote
                || (following.Kind == FollowingKind.Capital && following.WordLength > 1
                    && WordLists.SentenceStarters.Contains(FollowingWord(text, following)));
        }

        if (IsLetterDotSequence(word))
        {
            return EndsAfterAmbiguousAbbreviation(text, following);
        }

        // German ordinals: "am 3. Oktober", "im 19. Jahrhundert".
        if (word.Length <= 3 && IsAllDigits(word) && following.Kind == FollowingKind.Capital
            && WordLists.OrdinalFollowers.Contains(FollowingWord(text, following)))
        {
            return false;
        }

        return true;
    }

    // "in the U.S. The talks ..." ends; "the U.S. Senate", "Jan. 5", "Washington, D.C. (CNN)" run on.
    private static bool EndsAfterAmbiguousAbbreviation(ReadOnlySpan<char> text, FollowingText following) =>
        following.OpensQuote
        || (following.Kind == FollowingKind.Capital && !following.OpensBracket
            && WordLists.SentenceStarters.Contains(FollowingWord(text, following)));

    private static ReadOnlySpan<char> FollowingWord(ReadOnlySpan<char> text, FollowingText following) =>
        text.Slice(following.WordStart, following.WordLength);

    // "U.S", "e.g", "a.k.a", "т.е": single letters joined by full stops (the final stop is already removed).
    private static bool IsLetterDotSequence(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !SegmentationChars.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsListMarker(ReadOnlySpan<char> word)
    {
        if (word.Length <= MaxListMarkerDigits && IsAllDigits(word))
        {
            return true;
        }

        if (word.Length == 1 && SegmentationChars.IsLetter(word[0]))
        {
            return true;
        }

        // Roman numerals up to "xiii".
        return word.Length <= 4 && word.IndexOfAnyExcept(RomanNumeralLetters) < 0;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word) => !word.IsEmpty && word.IndexOfAnyExceptInRange('0', '9') < 0;
}
