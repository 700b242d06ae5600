namespace Summarizer.Core.Text;

/// <summary>The start of the text after a candidate sentence end: its kind and its first word.</summary>
/// <param name="Kind">What the text starts with.</param>
/// <param name="OpensQuote">True when an opening quotation mark comes first.</param>
/// <param name="OpensBracket">True when an opening bracket comes first.</param>
/// <param name="WordStart">Offset of the first word's first letter (meaningful for letters only).</param>
/// <param name="WordLength">Number of letters in the first word.</param>
internal readonly record struct FollowingText(FollowingKind Kind, bool OpensQuote, bool OpensBracket, int WordStart, int WordLength)
{
    // Longer words never need a list lookup, so the scan stops there and stays constant-time.
    private const int MaxWordScan = 24;

    // Brand names such as "iPhone", "eBay" or "mRNA" start with a lower-case letter but are capitalised words.
    private const int MaxBrandCapitalOffset = 3;

    public static FollowingText Read(ReadOnlySpan<char> text, int position)
    {
        var opensQuote = false;
        var opensBracket = false;
        while (position < text.Length && SegmentationChars.IsOpener(text[position]))
        {
            var isBracket = text[position] is '(' or '[' or '{' or '（' or '【';
            opensBracket |= isBracket;
            opensQuote |= !isBracket;
            position++;
        }

        if (position == text.Length || char.IsWhiteSpace(text[position]))
        {
            return new FollowingText(FollowingKind.Symbol, opensQuote, opensBracket, position, 0);
        }

        var c = text[position];
        var wordLength = 0;
        while (wordLength < MaxWordScan && position + wordLength < text.Length && SegmentationChars.IsLetter(text[position + wordLength]))
        {
            wordLength++;
        }

        FollowingKind kind;
        if (SegmentationChars.IsDigit(c))
        {
            kind = FollowingKind.Digit;
        }
        else if (SegmentationChars.IsLower(c))
        {
            kind = IsBrandName(text.Slice(position, wordLength)) ? FollowingKind.Capital : FollowingKind.Lowercase;
        }
        else if (SegmentationChars.IsLetter(c))
        {
            kind = FollowingKind.Capital;
        }
        else if (!opensQuote && !opensBracket && SegmentationChars.IsContinuationPunctuation(c))
        {
            kind = FollowingKind.Continuation;
        }
        else
        {
            kind = FollowingKind.Symbol;
        }

        return new FollowingText(kind, opensQuote, opensBracket, position, wordLength);
    }

    private static bool IsBrandName(ReadOnlySpan<char> word)
    {
        var limit = Math.Min(word.Length, MaxBrandCapitalOffset);
        for (var i = 1; i < limit; i++)
        {
            if (SegmentationChars.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }
}
