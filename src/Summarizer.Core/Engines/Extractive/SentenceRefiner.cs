using System.Collections.Frozen;
using Summarizer.Core.Text;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Repairs sentence units that scraped English news gets wrong before they are ranked: web furniture ("Scroll down for
/// video", "Media playback is not supported on this device") is cut out, and photo captions that run into the next
/// sentence without a full stop ("... before they were beheaded The harrowing video shows ...") are split where a
/// lower-case word is directly followed by a capitalised determiner or pronoun, which ordinary prose never does.
/// </summary>
internal static class SentenceRefiner
{
    private static readonly string[] Furniture =
    [
        "Scroll down for video",
        "Scroll down for videos",
        "Media playback is not supported on this device",
        "Media playback is unsupported on your device",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CaptionRestarts = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "This", "These", "Those", "It", "He", "She", "They", "His", "Her", "Their", "Its"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Sentence> Refine(string text, IReadOnlyList<Sentence> sentences)
    {
        var refined = new List<Sentence>(sentences.Count + 4);
        var cuts = new List<(int From, int To)>();
        foreach (var sentence in sentences)
        {
            var start = sentence.Start;
            var end = sentence.Start + sentence.Length;
            FindCuts(text.AsSpan(start, end - start), start, cuts);
            if (cuts.Count == 0)
            {
                refined.Add(sentence);
                continue;
            }

            foreach (var cut in cuts)
            {
                Add(text, start, cut.From, sentence.Paragraph, refined);
                start = cut.To;
            }

            Add(text, start, end, sentence.Paragraph, refined);
        }

        return refined;
    }

    // Cut points in order, none overlapping: a furniture phrase is removed (From..To spans it), a caption boundary
    // removes nothing (From == To).
    private static void FindCuts(ReadOnlySpan<char> span, int offset, List<(int From, int To)> cuts)
    {
        cuts.Clear();
        foreach (var phrase in Furniture)
        {
            var at = span.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0)
            {
                var to = at + phrase.Length;
                while (to < span.Length && span[to] is '.' or ':' or ' ')
                {
                    to++;
                }

                cuts.Add((offset + at, offset + to));
            }
        }

        for (var i = 1; i < span.Length - 1; i++)
        {
            if (span[i] == ' ' && IsCaptionEnd(span, i) && StartsRestart(span, i + 1))
            {
                cuts.Add((offset + i + 1, offset + i + 1));
            }
        }

        if (cuts.Count > 1)
        {
            cuts.Sort();
            var last = cuts[0].To;
            for (var k = 1; k < cuts.Count; k++)
            {
                if (cuts[k].From < last)
                {
                    cuts.RemoveAt(k--);
                }
                else
                {
                    last = cuts[k].To;
                }
            }
        }
    }

    // The word before the gap ends in a lower-case letter, a digit or a closing bracket, with no punctuation after it.
    private static bool IsCaptionEnd(ReadOnlySpan<char> span, int space)
    {
        var c = span[space - 1];
        if (!(char.IsLower(c) || char.IsDigit(c) || c == ')'))
        {
            return false;
        }

        // Two letters at least, so initials and single-letter words do not trigger a split.
        return space >= 2 && (char.IsLetterOrDigit(span[space - 2]) || span[space - 2] == ')');
    }

    private static bool StartsRestart(ReadOnlySpan<char> span, int from)
    {
        var to = from;
        while (to < span.Length && char.IsLetter(span[to]))
        {
            to++;
        }

        return to < span.Length && span[to] == ' ' && CaptionRestarts.Contains(span[from..to]);
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, text[start..end], paragraph));
        }
    }
}
