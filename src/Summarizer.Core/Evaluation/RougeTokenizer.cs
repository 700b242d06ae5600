using Summarizer.Core.Languages;
using System.Globalization;
using System.Text;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// The tokens ROUGE counts. English follows <c>rouge_score</c>: lower-case, every character outside <c>[a-z0-9]</c> is
/// a separator, tokens longer than three letters are Porter-stemmed. That rule deletes every non-ASCII letter, so for
/// other languages (as the reference scorer does) a token is a run of Unicode letters and numbers, lower-cased and not
/// stemmed.
/// </summary>
public static class RougeTokenizer
{
    private const int ShortestStemmedLength = 4;

    /// <summary>True when <paramref name="language"/> (an ISO 639-1 code; null or empty means English) selects the English rule.</summary>
    public static bool IsEnglish(string? language) =>
        string.IsNullOrEmpty(language) || language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static List<string> Tokenize(string text, EnglishStemmer? stemmer, string? language = "en")
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsEnglish(language) ? TokenizeEnglish(text, stemmer) : TokenizeUnicode(text);
    }

    private static List<string> TokenizeEnglish(string text, EnglishStemmer? stemmer)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        foreach (var c in text)
        {
            switch (c)
            {
                case >= 'a' and <= 'z' or >= '0' and <= '9':
                    token.Append(c);
                    break;
                case >= 'A' and <= 'Z':
                    token.Append((char)(c | 0x20));
                    break;
                case '\u212A': // KELVIN SIGN lower-cases to an ASCII 'k'.
                    token.Append('k');
                    break;
                case '\u0130': // Python lower-cases it to 'i' + COMBINING DOT ABOVE; the dot then separates.
                    token.Append('i');
                    Flush(token, tokens, stemmer);
                    break;
                default:
                    Flush(token, tokens, stemmer);
                    break;
            }
        }

        Flush(token, tokens, stemmer);
        return tokens;
    }

    private static void Flush(StringBuilder token, List<string> tokens, EnglishStemmer? stemmer)
    {
        if (token.Length == 0)
        {
            return;
        }

        var word = token.ToString();
        token.Clear();
        tokens.Add(stemmer is not null && word.Length >= ShortestStemmedLength ? stemmer.Stem(word) : word);
    }

    private static List<string> TokenizeUnicode(string text)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        var index = 0;
        Span<char> chars = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == 0x130)
            {
                // 'i' + COMBINING DOT ABOVE, and a combining mark is not a word character.
                token.Append('i');
                Flush(token, tokens, stemmer: null);
            }
            else
            {
                var lower = rune.Value == 0x3A3 ? (IsFinalSigma(text, index) ? new Rune(0x3C2) : new Rune(0x3C3)) : Rune.ToLowerInvariant(rune);
                if (IsWordRune(lower))
                {
                    token.Append(chars[..lower.EncodeToUtf16(chars)]);
                }
                else
                {
                    Flush(token, tokens, stemmer: null);
                }
            }

            index += rune.Utf16SequenceLength;
        }

        Flush(token, tokens, stemmer: null);
        return tokens;
    }

    /// <summary>Python's <c>\w</c> without the underscore: letters and anything numeric.</summary>
    private static bool IsWordRune(Rune rune) => Rune.IsLetter(rune) || Rune.IsNumber(rune);

    /// <summary>
    /// Unicode's Final_Sigma condition, which Python's <c>lower()</c> applies: a capital sigma after a cased letter and
    /// not before one becomes the final form 'ς'.
    /// </summary>
    private static bool IsFinalSigma(string text, int index)
    {
        var precededByCased = false;
        for (var i = index; i > 0;)
        {
            Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out var rune, out var consumed);
            i -= consumed;
            if (!IsCaseIgnorable(rune))
            {
                precededByCased = IsCased(rune);
                break;
            }
        }

        if (!precededByCased)
        {
            return false;
        }

        for (var i = index + 1; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            i += consumed;
            if (!IsCaseIgnorable(rune))
            {
                return !IsCased(rune);
            }
        }

        return true;
    }

    private static bool IsCased(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(Rune rune) =>
        rune.Value is '\'' or '.' or ':' or 0xB7 or 0x387 or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13
            or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
