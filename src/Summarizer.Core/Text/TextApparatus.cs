using System.Text;

namespace Summarizer.Core.Text;

/// <summary>
/// The apparatus a page carries around its prose once its markup is gone (copied Wikipedia, RSS bodies, pages read as
/// text): reference-list entries ("^ a b c Smith, J. …"), pointers to other articles ("Related: …", "Lire aussi …"),
/// picture captions ("Pictured: …") and citation markers inside sentences
/// ("metres.[1]", "algorithms [Sutton15]."). None of it is ever a summary sentence or key point, and a marker is never
/// part of one.
/// </summary>
public static class TextApparatus
{
    // Labels that point away from the article or describe a picture; a sentence opening with one is not the article's.
    private static readonly string[] Labels =
    [
        "Related:", "Related Articles", "Related articles", "Related stories", "Read more:", "READ MORE", "Read More:",
        "Read also", "See also:", "More on this", "Lire aussi", "À lire aussi", "Voir aussi", "Mehr zum Thema",
        "Lesen Sie auch", "See more stories", "Follow @", "Follow us on", "Leer más:", "Lea también", "Leia também", "Leia mais:", "Leggi anche", "Lees ook",
        "Pictured:", "Pictured above", "Pictured below", "Above:", "Above, ", "Below:", "Below, ", "Photo:", "Photograph:",
        "Picture:", "Image:", "Credit:", "Photo credit", "Image credit", "Caption:",
    ];

    private const int MaxMarkerLength = 24;

    /// <summary>True for a reference-list entry or a sentence that opens with a pointer or caption label.</summary>
    public static bool IsApparatusLine(ReadOnlySpan<char> sentence)
    {
        var text = sentence.TrimStart();
        if (text.StartsWith("^ ", StringComparison.Ordinal) || text.StartsWith("↑ ", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="sentence"/> without its citation markers: "[1]", "[12, 14]", "[a]" glued to a word,
    /// "[Sutton15]", "[citation needed]". The same instance when there is none, so the common case allocates nothing.
    /// </summary>
    public static string WithoutCitationMarkers(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var open = sentence.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return sentence;
        }

        StringBuilder? result = null;
        var copied = 0;
        for (; open >= 0; open = sentence.IndexOf('[', open + 1))
        {
            var close = sentence.IndexOf(']', open + 1);
            if (close < 0)
            {
                break;
            }

            if (!IsMarker(sentence, open, close))
            {
                continue;
            }

            // A marker set off by a space ("algorithms [Sutton15].") takes the space with it.
            var from = open > 0 && sentence[open - 1] == ' ' ? open - 1 : open;
            result ??= new StringBuilder(sentence.Length);
            result.Append(sentence, copied, from - copied);
            copied = close + 1;
            open = close;
        }

        if (result is null)
        {
            return sentence;
        }

        result.Append(sentence, copied, sentence.Length - copied);
        return result.ToString().Trim();
    }

    private static bool IsMarker(string sentence, int open, int close)
    {
        var inner = sentence.AsSpan(open + 1, close - open - 1);
        if (inner.IsEmpty || inner.Length > MaxMarkerLength)
        {
            return false;
        }

        if (inner.EndsWith(" needed", StringComparison.Ordinal))
        {
            return true;
        }

        // A lone letter is a note only when glued to the word before ("word[a]"); "[a]" set off is an editor's insertion.
        var glued = open > 0 && !char.IsWhiteSpace(sentence[open - 1]);
        if (inner.Length == 1 && SegmentationChars.IsLower(inner[0]))
        {
            return glued;
        }

        // Numbers and lists of numbers ("1", "12, 14", "3–5"), or a name-and-year key ("Sutton15"), never a word alone.
        var digits = 0;
        foreach (var c in inner)
        {
            if (SegmentationChars.IsDigit(c))
            {
                digits++;
            }
            else if (!(SegmentationChars.IsLetter(c) || c is ',' or ' ' or '-' or '–' or '.'))
            {
                return false;
            }
        }

        return digits > 0 && (glued || !inner.Contains(' '));
    }
}
