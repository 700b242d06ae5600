namespace Summarizer.Core.Engines.Extractive;

/// <summary>Enumerates the words of a text (runs of letters, digits and combining marks) as offset/length pairs.</summary>
internal static class WordSpans
{
    public static void Collect(ReadOnlySpan<char> text, List<(int Start, int Length)> words)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWordChar(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
        }

        if (start >= 0)
        {
            words.Add((start, text.Length - start));
        }
    }

    public static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c > 127 && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark));
}
