namespace Summarizer.Core.Text;

/// <summary>
/// Cuts "sentences" no writer would write into candidate pieces, so whatever the input a summary sentence stays
/// short. Text without sentence ends (a page of a paragraph of links, a list pasted as one line, runs of brackets or
/// asterisks) otherwise arrives as one sentence of thousands of words, and a summary of three sentences is then the
/// whole article. A sentence over <see cref="MaxWords"/> words or <see cref="MaxCharacters"/> characters is cut into
/// pieces of at most <see cref="MaxPieceWords"/> words and <see cref="MaxPieceCharacters"/> characters, at a clause
/// boundary (after a comma, semicolon, colon or dash) when the piece has at least <see cref="MinPieceWords"/> words,
/// else before a capitalised word that follows a lower-case one (the way captions run together), else at the bound.
/// </summary>
/// <remarks>
/// The bounds sit above every real sentence of the project's news development sets (the longest is 156 words; only
/// one run-on caption block of 336 words is cut), so ordinary articles are untouched. Linear in the text.
/// </remarks>
public static class LongSentenceSplitter
{
    public const int MaxWords = 160;
    public const int MaxCharacters = 2_400;
    public const int MaxPieceWords = 80;
    public const int MaxPieceCharacters = 800;
    public const int MinPieceWords = 40;

    /// <summary>The sentences with every over-long one replaced by its pieces; the same list when none is over-long.</summary>
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        List<Sentence>? result = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (!IsTooLong(sentence.Text))
            {
                result?.Add(sentence);
                continue;
            }

            result ??= [.. sentences.Take(i)];
            Cut(text, sentence, result);
        }

        return result ?? sentences;
    }

    // A word takes at least two characters with its space, so a short sentence need not be counted.
    private static bool IsTooLong(string sentence) =>
        sentence.Length > MaxCharacters || (sentence.Length > 2 * MaxWords && WordTokenizer.CountWords(sentence) > MaxWords);

    private static void Cut(string text, Sentence sentence, List<Sentence> pieces)
    {
        var span = sentence.Text.AsSpan();
        var pieceStart = 0;
        while (pieceStart < span.Length)
        {
            var end = PieceEnd(span, pieceStart);
            Add(text, sentence, pieceStart, end, pieces);
            pieceStart = end;
        }
    }

    /// <summary>Where the piece starting at <paramref name="start"/> ends: the end of the sentence, a preferred cut or the bound.</summary>
    private static int PieceEnd(ReadOnlySpan<char> sentence, int start)
    {
        var words = 0;
        var clause = -1;
        var capital = -1;
        var position = start;
        while (true)
        {
            var space = sentence[position..].IndexOf(' ');
            var wordEnd = space < 0 ? sentence.Length : position + space;
            if (wordEnd - start > MaxPieceCharacters)
            {
                // Cut the piece before this word, or inside it when the word alone is over the bound.
                return words > 0 ? Preferred(clause, capital, position) : HardCut(sentence, start + MaxPieceCharacters);
            }

            if (space < 0)
            {
                return sentence.Length;
            }

            words++;
            if (words >= MinPieceWords)
            {
                if (sentence[wordEnd - 1] is ',' or ';' or ':' || (sentence[wordEnd - 1] is '-' or '–' or '—' && wordEnd - 1 == position))
                {
                    clause = wordEnd + 1;
                }
                else if (wordEnd + 1 < sentence.Length && char.IsUpper(sentence[wordEnd + 1]) && char.IsLower(sentence[wordEnd - 1]))
                {
                    capital = wordEnd + 1;
                }
            }

            position = wordEnd + 1;
            if (words == MaxPieceWords)
            {
                return Preferred(clause, capital, position);
            }
        }
    }

    private static int Preferred(int clause, int capital, int bound) => clause > 0 ? clause : capital > 0 ? capital : bound;

    /// <summary>A cut inside a word, moved off the middle of a surrogate pair.</summary>
    private static int HardCut(ReadOnlySpan<char> sentence, int at) => char.IsLowSurrogate(sentence[at]) ? at - 1 : at;

    private static void Add(string text, Sentence sentence, int from, int to, List<Sentence> pieces)
    {
        var piece = sentence.Text.AsSpan(from, to - from);
        var leading = piece.Length - piece.TrimStart().Length;
        var length = piece.Trim().Length;
        if (length > 0)
        {
            var start = sentence.Start + from + leading;
            pieces.Add(new Sentence(start, length, text.Substring(start, length), sentence.Paragraph));
        }
    }
}
