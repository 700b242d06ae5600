using System.Buffers;
using Summarizer.Core.Text;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Measures how much of a sentence is direct quotation. Mostly-quoted sentences are colour, not news: summaries and
/// highlights rarely repeat them. A quotation may run over several sentences ('First. Second. Third,' she said), so the
/// sentences inside it count as quoted even though they carry no quotation mark of their own.
/// </summary>
internal static class QuotedSpeech
{
    // A quotation carried over this many sentences without a quotation mark is more likely a stray mark (an apostrophe
    // read as a quote) than speech, so the sentences it seemed to cover are not counted as quoted. Long quotations stay:
    // each of their paragraphs opens with a fresh mark ('… 'And I just love …).
    private const int MaxUnmarkedSentences = 4;

    private static readonly SearchValues<char> QuoteChars = SearchValues.Create("\"“”'‘’");

    /// <summary>Share of the sentence's characters that stand between paired quotation marks.</summary>
    public static double Fraction(ReadOnlySpan<char> sentence)
    {
        if (sentence.IsEmpty)
        {
            return 0;
        }

        var scan = Scan(sentence, Quote.None);
        var quoted = scan.Quoted;
        if (scan.OpenAt >= 0 && scan.Open == Quote.Double)
        {
            // An opening double quote left open runs to the end of the sentence (the quote continues into the next).
            quoted += sentence.Length - scan.OpenAt;
        }

        return (double)quoted / sentence.Length;
    }

    /// <summary>
    /// The quoted share of every sentence of an article, with quotations carried from one sentence into the next: a
    /// sentence inside an open quotation counts as quoted once the quotation is seen to close within a few sentences
    /// of the same paragraph.
    /// </summary>
    public static double[] Fractions(IReadOnlyList<Sentence> sentences)
    {
        var fractions = new double[sentences.Count];
        var open = Quote.None;
        var pendingFrom = -1;
        var lastMark = -1;
        for (var s = 0; s < sentences.Count; s++)
        {
            var text = sentences[s].Text.AsSpan();
            if (open != Quote.None && (sentences[s].Paragraph != sentences[s - 1].Paragraph || s - lastMark > MaxUnmarkedSentences))
            {
                // The quotation never closed: whatever was counted on its strength goes back to the sentence alone.
                Revert(sentences, fractions, pendingFrom, s);
                open = Quote.None;
            }

            if (text.IsEmpty)
            {
                continue;
            }

            var scan = Scan(text, open);
            var quoted = scan.Quoted;
            if (scan.Reopened)
            {
                lastMark = s;
            }

            if (open != Quote.None && scan.ClosedCarried)
            {
                open = Quote.None;
            }

            if (scan.OpenAt >= 0)
            {
                quoted += text.Length - scan.OpenAt;
                if (open == Quote.None)
                {
                    pendingFrom = s;
                    lastMark = s;
                }

                open = scan.Open;
            }

            fractions[s] = (double)quoted / text.Length;
        }

        if (open != Quote.None)
        {
            Revert(sentences, fractions, pendingFrom, sentences.Count);
        }

        return fractions;
    }

    private static void Revert(IReadOnlyList<Sentence> sentences, double[] fractions, int from, int to)
    {
        for (var s = from; s < to; s++)
        {
            fractions[s] = Fraction(sentences[s].Text);
        }
    }

    // Walks one sentence; `carried` is the quotation already open when it starts. Quoted counts the characters inside
    // quotations that close within the sentence (and, for a carried or unannounced closing quote, everything before it).
    private static ScanResult Scan(ReadOnlySpan<char> sentence, Quote carried)
    {
        var quoted = 0;
        var open = carried;
        var openAt = carried == Quote.None ? -1 : 0;
        var closedCarried = false;
        var reopened = false;
        // Only quotation marks and apostrophes change anything, so the scan jumps from one to the next.
        for (var i = 0; i < sentence.Length; i++)
        {
            var next = sentence[i..].IndexOfAny(QuoteChars);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = sentence[i];
            if (open == Quote.None)
            {
                if (c is '"' or '”' && IsClosingPosition(sentence, i) && quoted == 0)
                {
                    // A quote that closes before any opened: the sentence continues a quotation from the one before.
                    quoted = i + 1;
                }
                else if (c is '"' or '“')
                {
                    open = Quote.Double;
                    openAt = i;
                }
                else if (c is '\'' or '‘' && OpensSingle(sentence, i))
                {
                    open = Quote.Single;
                    openAt = i;
                }
            }
            else if (open == Quote.Single ? c is '\'' or '’' && ClosesSingle(sentence, i) : c is '”' || (c == '"' && !OpensWord(sentence, i)))
            {
                quoted += i - openAt + 1;
                closedCarried |= openAt == 0 && carried != Quote.None;
                open = Quote.None;
                openAt = -1;
            }
            else if (c is '"' or '“' or '\'' or '‘' && OpensWord(sentence, i))
            {
                reopened = true;
            }
        }

        return new ScanResult(quoted, open, openAt, closedCarried || (carried != Quote.None && open == Quote.None), reopened);
    }

    // A straight double quote before a word while a quotation is open re-opens it rather than closing it: a quotation
    // running over paragraphs opens each one afresh without closing the one before.
    private static bool OpensWord(ReadOnlySpan<char> sentence, int i) =>
        (i == 0 || char.IsWhiteSpace(sentence[i - 1])) && i + 1 < sentence.Length && char.IsLetterOrDigit(sentence[i + 1]);

    // A single quote opens only at the start of a word ("'We", not "it's" or "dogs'") and right before a letter.
    private static bool OpensSingle(ReadOnlySpan<char> sentence, int i) =>
        (i == 0 || !char.IsLetterOrDigit(sentence[i - 1])) && i + 1 < sentence.Length && char.IsLetter(sentence[i + 1]);

    // A single quote closes only at the end of a word ("there.'", "children'"), never inside one ("it's").
    private static bool ClosesSingle(ReadOnlySpan<char> sentence, int i) =>
        i > 0 && !char.IsWhiteSpace(sentence[i - 1]) && (i + 1 == sentence.Length || !char.IsLetterOrDigit(sentence[i + 1]));

    // A straight quote right after punctuation and before a space or the end closes a quotation.
    private static bool IsClosingPosition(ReadOnlySpan<char> sentence, int i) =>
        i > 0 && char.IsPunctuation(sentence[i - 1]) && (i + 1 == sentence.Length || char.IsWhiteSpace(sentence[i + 1]));

    private enum Quote
    {
        None,
        Double,
        Single,
    }

    private readonly record struct ScanResult(int Quoted, Quote Open, int OpenAt, bool ClosedCarried, bool Reopened);
}
