using System.Globalization;
using System.Numerics;

namespace Summarizer.Core.Languages;

/// <summary>
/// What a pass over some text found: letters per script, words, and per supported language a weighted count of its
/// function words and distinctive letters. Lives on the stack; the per-language tallies are spans the caller owns.
/// </summary>
internal ref struct LanguageEvidence
{
    /// <summary>Words longer than this are never function words and are not looked up.</summary>
    public const int WordBufferLength = 32;

    /// <summary>Evidence is checked for a clear winner every this many words, from <see cref="ConclusiveMinWords"/> on.</summary>
    private const int ConclusiveCheckInterval = 32;

    /// <summary>About a paragraph: less text than this never ends reading early.</summary>
    private const int ConclusiveMinWords = 96;

    /// <summary>The lead, in function words, that reading on is very unlikely to overturn.</summary>
    private const float ConclusiveLead = 12f;

    /// <summary>A distinctive letter is weak evidence next to a whole function word (weight 1).</summary>
    private const float LetterWeight = 0.25f;

    private static readonly float[] ShareOfOne = [0f, 1f, 1f / 2, 1f / 3, 1f / 4, 1f / 5, 1f / 6, 1f / 7, 1f / 8, 1f / 9, 1f / 10];

    private readonly FunctionWordIndex _index;
    private readonly Span<char> _word;
    private int _length;
    private bool _tooLong;
    private bool _hasForeignLetter;

    /// <param name="scores">One element per supported language, zeroed.</param>
    /// <param name="functionWords">One element per supported language, zeroed.</param>
    /// <param name="wordBuffer"><see cref="WordBufferLength"/> characters to lower-case the current word into.</param>
    public LanguageEvidence(Span<float> scores, Span<int> functionWords, Span<char> wordBuffer)
    {
        _index = FunctionWordIndex.Shared;
        _word = wordBuffer;
        Scores = scores;
        FunctionWords = functionWords;
    }

    /// <summary>Per language: function words (each shared word split evenly among its languages) plus letter evidence.</summary>
    public Span<float> Scores { get; }

    /// <summary>Per language: how many words of the text are in its function-word list.</summary>
    public Span<int> FunctionWords { get; }

    public int Words { get; private set; }

    public int LatinLetters { get; private set; }

    public int CyrillicLetters { get; private set; }

    public int HanCharacters { get; private set; }

    public int KanaCharacters { get; private set; }

    public int HangulCharacters { get; private set; }

    public int OtherLetters { get; private set; }

    /// <summary>Words with a Latin or Cyrillic letter that no supported language writes.</summary>
    public int ForeignWords { get; private set; }

    /// <summary>
    /// Whether the evidence already names a winner so clearly that reading on is very unlikely to change the verdict:
    /// then <see cref="Add"/> stops, which makes an ordinary article cost a paragraph or two rather than the whole sample.
    /// </summary>
    public bool IsConclusive { get; private set; }

    public readonly int CjkCharacters => HanCharacters + KanaCharacters + HangulCharacters;

    public readonly int Letters => LatinLetters + CyrillicLetters + CjkCharacters + OtherLetters;

    /// <summary>Adds the evidence of one slice of text. A word cut by the slice's end counts as it stands.</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length && !IsConclusive; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                // ASCII fast path: setting bit 5 lower-cases A-Z and leaves a-z alone.
                var lower = (char)(c | 0x20);
                if ((uint)(lower - 'a') <= 'z' - 'a')
                {
                    LatinLetters++;
                    Append(lower);
                }
                else
                {
                    EndWord();
                }

                continue;
            }

            if (c is >= 'А' and <= 'я')
            {
                AddBasicCyrillic(c);
            }
            else
            {
                AddOther(c);
            }
        }

        EndWord();
    }

    /// <summary>Cyrillic fast path: the basic alphabet lower-cases by an offset, and only ъ, ы and э in it say anything.</summary>
    private void AddBasicCyrillic(char c)
    {
        CyrillicLetters++;
        var lower = c < 'а' ? (char)(c + ('а' - 'А')) : c;
        if (lower is 'ъ' or 'ы' or 'э')
        {
            AppendLetter(lower);
        }
        else
        {
            Append(lower);
        }
    }

    /// <summary>Any other character past ASCII: a letter counted by its script, or a mark or separator.</summary>
    private void AddOther(char c)
    {
        if (!char.IsLetter(c))
        {
            // Decomposed accents (e + U+0301) stay inside their word instead of splitting it.
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                EndWord();
            }

            return;
        }

        switch (c)
        {
            case <= '\u024F' or (>= '\u1E00' and <= '\u1EFF'):
                LatinLetters++;
                AppendLetter(char.ToLowerInvariant(c));
                break;
            case >= '\u0400' and <= '\u052F':
                CyrillicLetters++;
                AppendLetter(char.ToLowerInvariant(c));
                break;
            case (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F'):
                KanaCharacters++;
                EndWord();
                break;
            case (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF'):
                HanCharacters++;
                EndWord();
                break;
            case (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F'):
                HangulCharacters++;
                EndWord();
                break;
            default:
                OtherLetters++;
                Append(c);
                break;
        }
    }

    private void AppendLetter(char lower)
    {
        var languages = DistinctiveLetters.LanguagesOf(lower);
        if (languages == DistinctiveLetters.Foreign)
        {
            _hasForeignLetter = true;
        }
        else if (languages != 0)
        {
            Credit(languages, LetterWeight);
        }

        Append(lower);
    }

    private void Append(char lower)
    {
        if (_length < _word.Length)
        {
            _word[_length++] = lower;
        }
        else
        {
            _tooLong = true;
        }
    }

    private void EndWord()
    {
        if (_length == 0)
        {
            return;
        }

        Words++;
        if (_hasForeignLetter)
        {
            ForeignWords++;
        }

        if (!_tooLong && _length <= _index.LongestWord && _index.Lookup.TryGetValue(_word[.._length], out var languages))
        {
            Credit(languages, 1f);
            for (var bits = (uint)languages; bits != 0; bits &= bits - 1)
            {
                FunctionWords[BitOperations.TrailingZeroCount(bits)]++;
            }
        }

        _length = 0;
        _tooLong = false;
        _hasForeignLetter = false;
        if (Words >= ConclusiveMinWords && Words % ConclusiveCheckInterval == 0)
        {
            IsConclusive = HasClearWinner();
        }
    }

    /// <summary>
    /// One language far ahead (two and a half times the runner-up's score and twelve function words more) in plain
    /// alphabetic text where a sixth of the words are its function words. Much stricter than the final verdict, so that
    /// reading on would very rarely change it.
    /// </summary>
    private readonly bool HasClearWinner()
    {
        if (CjkCharacters != 0 || OtherLetters != 0 || ForeignWords != 0)
        {
            return false;
        }

        var best = 0;
        var second = 0f;
        for (var i = 1; i < Scores.Length; i++)
        {
            if (Scores[i] > Scores[best])
            {
                second = Scores[best];
                best = i;
            }
            else if (Scores[i] > second)
            {
                second = Scores[i];
            }
        }

        return Scores[best] >= 2.5f * second && Scores[best] - second >= ConclusiveLead && FunctionWords[best] * 6 >= Words;
    }

    private readonly void Credit(ushort languages, float weight)
    {
        var share = weight * ShareOfOne[BitOperations.PopCount(languages)];
        for (var bits = (uint)languages; bits != 0; bits &= bits - 1)
        {
            Scores[BitOperations.TrailingZeroCount(bits)] += share;
        }
    }
}
