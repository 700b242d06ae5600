using System.Globalization;

namespace Summarizer.Core.Text;

/// <summary>
/// Finds the words of a text in one pass without allocating. A word is a run of letters and digits (with combining
/// marks), kept whole across an inner apostrophe ("don't", "O'Neill"), a decimal or thousands separator ("3.5",
/// "1,000", "v2.0.1") and the stops of a letter-by-letter abbreviation ("U.S", "e.g"); a possessive "'s" is dropped
/// ("Britain's" is "Britain"). Each Chinese or Japanese character is a word of its own, since those scripts do not
/// space their words.
/// </summary>
public ref struct WordEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal WordEnumerator(ReadOnlySpan<char> text) => _text = text;

    public WordToken Current { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length && !IsWordStart(text[i])) i++;
        if (i == text.Length)
        {
            _position = i;
            return false;
        }

        var start = i;
        if (SegmentationChars.IsIdeographic(text[i]))
        {
            Set(start, i + 1, i + 1);
            return true;
        }

        var end = ScanWordEnd(text, i, out var resume);
        Set(start, end, resume < 0 ? end : resume);
        return true;
    }

    // Where the word starting at i ends: letters and digits joined by an inner apostrophe ("don't"), a decimal point or
    // thousands separator ("3.5", "1,000") or single-letter abbreviations ("U.S."). A possessive "'s" is left out of the
    // word and skipped (resume), so "Obama's" is the word "Obama".
    private static int ScanWordEnd(ReadOnlySpan<char> text, int i, out int resume)
    {
        resume = -1;
        while (true)
        {
            var runStart = i;
            while (i < text.Length && IsWordPart(text[i])) i++;
            if (i + 1 >= text.Length)
            {
                break;
            }

            var c = text[i];
            var next = text[i + 1];
            if (c is '\'' or '’' && SegmentationChars.IsLetter(next))
            {
                if (next is 's' or 'S' && (i + 2 == text.Length || !IsWordPart(text[i + 2])))
                {
                    resume = i + 2;
                    break;
                }

                i++;
                continue;
            }

            if (c is '.' or ',' && SegmentationChars.IsDigit(text[i - 1]) && SegmentationChars.IsDigit(next))
            {
                i++;
                continue;
            }

            // "U.S.", "e.g.": a single letter, a stop, and another single letter.
            if (c == '.' && i - runStart == 1 && SegmentationChars.IsLetter(text[i - 1]) && SegmentationChars.IsLetter(next)
                && (i + 2 == text.Length || !IsWordPart(text[i + 2])))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private void Set(int start, int end, int resume)
    {
        Current = new WordToken(_text[start..Math.Min(end, start + WordTokenizer.MaxWordLength)], start);
        _position = resume;
    }

    private static bool IsWordStart(char c) =>
        c < '\u0080' ? IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    // Ideographs never join a longer word; combining marks continue one (Devanagari vowel signs, decomposed accents).
    private static bool IsWordPart(char c)
    {
        if (c < '\u0080')
        {
            return IsAsciiLetterOrDigit(c);
        }

        if (SegmentationChars.IsIdeographic(c))
        {
            return false;
        }

        return char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
}
