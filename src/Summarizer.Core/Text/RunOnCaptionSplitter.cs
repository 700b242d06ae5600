using System.Buffers;
using System.Collections.Frozen;

namespace Summarizer.Core.Text;

/// <summary>
/// Opt-in repair for CNN/DailyMail text, where photo captions run into the prose without punctuation: "... before
/// they are beheaded The harrowing video shows the sword ...". It splits a sentence where a lower-case content word is
/// followed by a capitalised sentence-opening function word ("The", "He", "It", "After", "Many", "An", ...) and then a
/// lower-case word or a number ("... on her face An 86-year-old nun ..."); or where a capitalised word ends a caption
/// and a determiner or pronoun opens the next sentence before a lower-case word ("... by the United Nations The number
/// of ..."). The rule is narrow on purpose: on the project's CNN/DailyMail and XSum development texts about 130
/// matches were all real sentence starts. <see cref="SentenceSplitter.Split"/> never applies it, because ordinary text
/// does not need it.
/// </summary>
public static class RunOnCaptionSplitter
{
    // Only function words, which are not capitalised mid-sentence outside title-case names. "A" ("class A drugs"),
    // "I", "One" ("number One in the charts") and nouns ("West Midlands Police said") are left out: they often are.
    // "An" stays in: the Irish names it opens ("An Post", "An Garda") go on with a capital.
    private static readonly string[] OpenerWords =
    [
        "The", "An", "This", "These", "Those", "They", "He", "She", "It", "Its", "His", "Her", "Their", "We", "There",
        "In", "At", "After", "Before", "While", "When", "If", "As", "But", "And", "Then", "Many", "More", "Most",
        "Some", "Each", "Another", "That", "Last", "Despite", "During", "Earlier", "Later", "Without", "Meanwhile",
        "However", "Although", "Since", "Now", "Both", "Following", "Why", "How",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers =
        OpenerWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // After a capitalised word only these open a sentence: a name ends the caption ("... the United Nations The number
    // of ..."). Prepositions and conjunctions are left out, as title-case names hold them ("Gone With the Wind").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenersAfterName =
        new[] { "The", "This", "These", "They", "He", "She", "It", "His", "Her", "Their", "There", "We" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> OpenerInitials = SearchValues.Create([.. OpenerWords.Select(word => word[0]).Distinct()]);

    // A clause rarely ends on these, so "as The jury can ..." is a capitalisation slip rather than two sentences.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords =
        new[]
        {
            "a", "an", "the", "and", "or", "but", "nor", "as", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "into", "onto", "about", "than", "that", "if", "is", "was", "are", "were", "be", "been", "when", "while",
            "because", "whether", "said", "says", "called", "named", "titled", "dubbed", "like", "via", "per",
        }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxOpenerLength = 9;

    /// <summary>Splits <paramref name="text"/> with <see cref="SentenceSplitter.Split"/>, then splits run-on captions.</summary>
    public static IReadOnlyList<Sentence> Split(string text) => Split(text, SentenceSplitter.Split(text));

    /// <summary>Splits every sentence of <paramref name="text"/> again at run-on caption boundaries.</summary>
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new List<Sentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var pieceStart = 0;
            var span = text.AsSpan(sentence.Start, sentence.Length);
            for (var boundary = FindBoundary(span, 0); boundary > 0; boundary = FindBoundary(span, boundary))
            {
                Add(text, sentence, pieceStart, boundary, result);
                pieceStart = boundary;
            }

            if (pieceStart == 0)
            {
                result.Add(sentence);
            }
            else
            {
                Add(text, sentence, pieceStart, sentence.Length, result);
            }
        }

        return result;
    }

    /// <summary>
    /// The offset in <paramref name="sentence"/> of the first run-on sentence start after <paramref name="from"/>, or
    /// -1 when there is none. Linear in the length of the sentence; allocates nothing.
    /// </summary>
    public static int FindBoundary(ReadOnlySpan<char> sentence, int from)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        // A boundary is a space and then an opener, so only the capitals that start an opener are candidates; they are
        // far rarer than spaces.
        for (var start = from + 1; start < sentence.Length; start++)
        {
            var found = sentence[start..].IndexOfAny(OpenerInitials);
            if (found < 0)
            {
                return -1;
            }

            start += found;
            var space = start - 1;
            if (sentence[space] == ' ' && IsBoundary(sentence, start))
            {
                return start;
            }
        }

        return -1;
    }

    private static bool IsBoundary(ReadOnlySpan<char> sentence, int start)
    {
        var rest = sentence[start..];
        var length = rest[..Math.Min(rest.Length, MaxOpenerLength + 1)].IndexOf(' ');
        if (length is <= 0 or > MaxOpenerLength || length + 1 >= rest.Length || !Openers.Contains(rest[..length]))
        {
            return false;
        }

        var next = rest[length + 1];
        return LastWordBefore(sentence[..(start - 1)]) switch
        {
            // "... on her face An 86-year-old nun": a number may follow, but not after a name ("Friday The 13th").
            PrecedingWord.LowercaseContent => SegmentationChars.IsLower(next) || char.IsAsciiDigit(next),
            PrecedingWord.Capitalised => SegmentationChars.IsLower(next) && OpenersAfterName.Contains(rest[..length]),
            _ => false,
        };
    }

    private enum PrecedingWord { Other, LowercaseContent, Capitalised }

    // The word before the gap (a closing quote or bracket may follow it: "(pictured) The panel said"): a lower-case
    // word that is not a function word, or a capitalised word that is not one either ("... as The jury" and
    // "... Of The ..." are capitalisation slips or title case, not two sentences).
    private static PrecedingWord LastWordBefore(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        while (end > 0 && before[end - 1] is '\'' or '’' or '”' or '"' or ')') end--;
        var start = end;
        while (start > 0 && (char.IsLetter(before[start - 1]) || before[start - 1] is '\'' or '’' or '-'))
        {
            start--;
        }

        var isWholeWord = start == 0 || char.IsWhiteSpace(before[start - 1]) || SegmentationChars.IsOpener(before[start - 1]);
        if (end <= start || !isWholeWord || !IsLowerAfterFirst(before[(start + 1)..end]))
        {
            return PrecedingWord.Other;
        }

        var word = before[start..end];
        if (SegmentationChars.IsLower(word[0]))
        {
            return FunctionWords.Contains(word) ? PrecedingWord.Other : PrecedingWord.LowercaseContent;
        }

        Span<char> lowered = stackalloc char[MaxOpenerLength + 1];
        var isFunctionWord = word.Length <= lowered.Length && FunctionWords.Contains(lowered[..word.ToLowerInvariant(lowered)]);
        return SegmentationChars.IsUpper(word[0]) && !isFunctionWord ? PrecedingWord.Capitalised : PrecedingWord.Other;
    }

    // "Nations" or "Colman’s" but not "NATO" or "McCain": an acronym or an inner capital is too often inside a name.
    private static bool IsLowerAfterFirst(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (char.IsLetter(c) && !SegmentationChars.IsLower(c)) return false;
        }

        return true;
    }

    private static void Add(string text, Sentence sentence, int from, int to, List<Sentence> result)
    {
        var piece = text.AsSpan(sentence.Start + from, to - from);
        var trimmedStart = from + (piece.Length - piece.TrimStart().Length);
        var trimmedLength = piece.Trim().Length;
        if (trimmedLength > 0)
        {
            var start = sentence.Start + trimmedStart;
            result.Add(new Sentence(start, trimmedLength, text.Substring(start, trimmedLength), sentence.Paragraph));
        }
    }
}
