namespace Summarizer.Core.Text;

/// <summary>
/// Walks a text once, left to right, yielding its sentences as offsets. It jumps between candidate characters
/// (terminal punctuation and line breaks) with a vectorised search and looks only a few characters around each, so the
/// cost is linear in the text length and nothing is allocated.
/// </summary>
public ref struct SentenceBoundsEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _sentenceStart;
    private int _scan;
    private int _paragraph;
    private bool _paragraphHasSentence;
    private bool _atSentenceStart;

    internal SentenceBoundsEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _sentenceStart = SkipInlineSpaces(text, 0);
        _scan = _sentenceStart;
        _atSentenceStart = true;
    }

    public SentenceBounds Current { get; private set; }

    public readonly SentenceBoundsEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        while (_sentenceStart < text.Length)
        {
            if (_atSentenceStart)
            {
                _atSentenceStart = false;
                // Page furniture ("By . Name . PUBLISHED: ...", "Scroll down for video") is a unit of its own.
                var furniture = NewsFurniture.MatchLength(text[_sentenceStart..]);
                if (furniture > 0 && TryEmit(_sentenceStart, _sentenceStart + furniture))
                {
                    StartSentenceAt(_sentenceStart + furniture);
                    return true;
                }
            }

            var found = text[_scan..].IndexOfAny(SegmentationChars.ScanStops);
            if (found < 0)
            {
                var emitted = TryEmit(_sentenceStart, text.Length);
                _sentenceStart = _scan = text.Length;
                return emitted;
            }

            var stop = _scan + found;
            if (SegmentationChars.IsLineBreak(text[stop]))
            {
                var emitted = TryEmit(_sentenceStart, stop);
                SkipLineBreaks(stop);
                if (emitted)
                {
                    return true;
                }

                continue;
            }

            var end = SentenceBoundaryRules.FindEnd(text, stop, _sentenceStart, out var resume);
            if (end < 0)
            {
                _scan = resume;
                continue;
            }

            var sentenceEmitted = TryEmit(_sentenceStart, end);
            StartSentenceAt(end);
            if (sentenceEmitted)
            {
                return true;
            }
        }

        return false;
    }

    private void StartSentenceAt(int position)
    {
        _sentenceStart = _scan = SkipInlineSpaces(_text, position);
        _atSentenceStart = true;
    }

    /// <summary>Consumes a run of line breaks and blank lines; two or more line breaks close the paragraph.</summary>
    private void SkipLineBreaks(int position)
    {
        var text = _text;
        var breaks = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '\r')
            {
                // "\r\n" is one line break.
                if (position + 1 == text.Length || text[position + 1] != '\n') breaks++;
            }
            else if (c == '\u2029')
            {
                breaks += 2;
            }
            else if (SegmentationChars.IsLineBreak(c))
            {
                breaks++;
            }
            else if (!SegmentationChars.IsInlineSpace(c))
            {
                break;
            }

            position++;
        }

        // Blocks without a sentence (blank or punctuation only) do not take a paragraph number.
        if (breaks >= 2 && _paragraphHasSentence)
        {
            _paragraph++;
            _paragraphHasSentence = false;
        }

        StartSentenceAt(position);
    }

    /// <summary>Sets <see cref="Current"/> to the trimmed range when it holds a letter or digit; false otherwise.</summary>
    private bool TryEmit(int start, int end)
    {
        var text = _text;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;

        // A stray full stop or a divider such as "***" carries no content worth a sentence of its own.
        var hasContent = false;
        for (var i = start; i < end && !hasContent; i++)
        {
            hasContent = char.IsLetterOrDigit(text[i]);
        }

        if (!hasContent)
        {
            return false;
        }

        Current = new SentenceBounds(start, end - start, _paragraph);
        _paragraphHasSentence = true;
        return true;
    }

    private static int SkipInlineSpaces(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && SegmentationChars.IsInlineSpace(text[position])) position++;
        return position;
    }
}
