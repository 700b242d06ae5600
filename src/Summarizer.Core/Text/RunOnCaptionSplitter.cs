using System.Buffers;
using System.Collections.Frozen;

namespace Summarizer.Core.Text;

/// <summary>
/// Opt-in repair for CNN/DailyMail text, where photo captions run into the prose without punctuation: "... before
/// they are beheaded The harrowing video shows the sword ...". It splits a sentence where a lower-case content word is
/// followed by a capitalised sentence-opening function word ("The", "He", "It", "After", "Many", ...) and then a
/// lower-case word. The rule is narrow on purpose: on the project's CNN/DailyMail and XSum development texts about a
/// hundred matches were all real sentence starts. <see cref="SentenceSplitter.Split"/> never applies it, because
/// ordinary text does not need it.
/// </summary>
public static class RunOnCaptionSplitter
{
    // Only function words, which are not capitalised mid-sentence outside title-case names. "A" ("class A drugs"),
    // "I", "One" ("number One in the charts") and nouns ("West Midlands Police said") are left out: they often are.
    private static readonly string[] OpenerWords =
    [
        "The", "This", "These", "Those", "They", "He", "She", "It", "Its", "His", "Her", "Their", "We", "There",
        "In", "At", "After", "Before", "While", "When", "If", "As", "But", "And", "Then", "Many", "More", "Most",
        "Some", "Each", "Another", "That", "Last", "Despite", "During", "Earlier", "Later", "Without", "Meanwhile",
        "However", "Although", "Since", "Now", "Both", "Following", "Why", "How",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers =
        OpenerWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

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
            if (sentence[space] == ' ' && EndsContentWord(sentence[..space]) && IsOpenerBeforeLowercase(sentence, start))
            {
                return start;
            }
        }

        return -1;
    }

    private static bool IsOpenerBeforeLowercase(ReadOnlySpan<char> sentence, int start)
    {
        var rest = sentence[start..];
        var length = rest[..Math.Min(rest.Length, MaxOpenerLength + 1)].IndexOf(' ');
        return length is > 0 and <= MaxOpenerLength
            && length + 1 < rest.Length
            && SegmentationChars.IsLower(rest[length + 1])
            && Openers.Contains(rest[..length]);
    }

    // The word before the gap: lower-case letters (a closing quote or bracket may follow: "(pictured) The panel said"),
    // not a function word.
    private static bool EndsContentWord(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        while (end > 0 && before[end - 1] is '\'' or '’' or '”' or '"' or ')') end--;
        var start = end;
        while (start > 0 && (SegmentationChars.IsLower(before[start - 1]) || before[start - 1] is '\'' or '’' or '-'))
        {
            start--;
        }

        var isWholeWord = start == 0 || char.IsWhiteSpace(before[start - 1]) || SegmentationChars.IsOpener(before[start - 1]);
        return end > start && isWholeWord && SegmentationChars.IsLower(before[start]) && !FunctionWords.Contains(before[start..end]);
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
