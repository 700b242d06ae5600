namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Measures how much of a sentence is direct quotation. Mostly-quoted sentences are colour, not news: summaries and
/// highlights rarely repeat them.
/// </summary>
internal static class QuotedSpeech
{
    /// <summary>Share of the sentence's characters that stand between paired quotation marks.</summary>
    public static double Fraction(ReadOnlySpan<char> sentence)
    {
        if (sentence.IsEmpty)
        {
            return 0;
        }

        var quoted = 0;
        var open = -1;
        var openedWithSingle = false;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            if (open < 0)
            {
                if (c is '"' or '”' && IsClosingPosition(sentence, i) && quoted == 0)
                {
                    // A quote that closes before any opened: the sentence continues a quotation from the one before.
                    quoted = i + 1;
                }
                else if (c is '"' or '“' || (c is '\'' or '‘' && (i == 0 || !char.IsLetterOrDigit(sentence[i - 1]))))
                {
                    open = i;
                    openedWithSingle = c is '\'' or '‘';
                }
            }
            else if (openedWithSingle
                ? c is '\'' or '’' && (i + 1 == sentence.Length || !char.IsLetter(sentence[i + 1]))
                : c is '"' or '”')
            {
                quoted += i - open + 1;
                open = -1;
            }
        }

        if (open >= 0 && !openedWithSingle)
        {
            // An opening double quote left open runs to the end of the sentence (the quote continues into the next).
            quoted += sentence.Length - open;
        }

        return (double)quoted / sentence.Length;
    }

    // A straight quote right after punctuation and before a space or the end closes a quotation.
    private static bool IsClosingPosition(ReadOnlySpan<char> sentence, int i) =>
        i > 0 && char.IsPunctuation(sentence[i - 1]) && (i + 1 == sentence.Length || char.IsWhiteSpace(sentence[i + 1]));
}
