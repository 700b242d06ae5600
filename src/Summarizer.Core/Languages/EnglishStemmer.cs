using System.Collections.Frozen;

namespace Summarizer.Core.Languages;

/// <summary>
/// Porter's (1980) suffix stripper with the variations NLTK applies in its default mode, which is the stemmer
/// google-research <c>rouge_score</c> runs: a few irregular forms, <c>ies</c>/<c>ied</c> kept as <c>ie</c> in
/// four-letter words, the <c>y</c>-to-<c>i</c> rule only after a consonant that is not the first letter,
/// <c>alli</c>/<c>fulli</c>/<c>logi</c> in step 2, a two-letter vowel-consonant word counting as CVC, and words of one or
/// two letters left alone. ROUGE scores only agree with published figures when every one of these matches. It is the
/// project's one English stemmer: the extractive engine matches words with it and ROUGE scores with it.
/// </summary>
/// <remarks>Stateless and thread-safe; one shared instance is enough.</remarks>
public sealed class EnglishStemmer : IStemmer
{
    // Words NLTK maps by table rather than by rule; some only to protect them from the rules.
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skies"] = "sky",
        ["sky"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["news"] = "news",
        ["innings"] = "inning",
        ["inning"] = "inning",
        ["outings"] = "outing",
        ["outing"] = "outing",
        ["cannings"] = "canning",
        ["canning"] = "canning",
        ["howe"] = "howe",
        ["proceed"] = "proceed",
        ["exceed"] = "exceed",
        ["succeed"] = "succeed",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const int StackBufferLength = 64;

    public static EnglishStemmer Instance { get; } = new();

    public string Language => LanguageCodes.English;

    /// <summary>Porter rewrites endings ("happy" to "happi"), so the span overload returns a new string's characters.</summary>
    public ReadOnlySpan<char> Stem(ReadOnlySpan<char> lowerWord) => Stem(lowerWord.ToString());

    /// <summary>Stems one word. The word is lower-cased first; the result is lower case.</summary>
    public string Stem(string lowerWord)
    {
        var word = lowerWord;
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (Irregular.TryGetValue(lower, out var irregular))
        {
            return irregular;
        }

        if (lower.Length <= 2)
        {
            return lower;
        }

        var buffer = lower.Length <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[lower.Length];
        lower.AsSpan().CopyTo(buffer);
        var w = new Word(buffer[..lower.Length]);
        Step1a(ref w);
        Step1b(ref w);
        Step1c(ref w);
        Step2(ref w);
        Step3(ref w);
        Step4(ref w);
        Step5(ref w);
        var stem = w.Chars;
        return stem.SequenceEqual(lower) ? lower : new string(stem);
    }

    private static void Step1a(ref Word w)
    {
        if (w.Length == 4 && w.EndsWith("ies"))
        {
            w.Replace(3, "ie");
            return;
        }

        if (w.EndsWith("sses")) w.Replace(4, "ss");
        else if (w.EndsWith("ies")) w.Replace(3, "i");
        else if (w.EndsWith("ss")) { }
        else if (w.EndsWith("s")) w.Replace(1, "");
    }

    private static void Step1b(ref Word w)
    {
        if (w.EndsWith("ied"))
        {
            w.Replace(3, w.Length == 4 ? "ie" : "i");
            return;
        }

        if (w.EndsWith("eed"))
        {
            if (w.Measure(w.Length - 3) > 0)
            {
                w.Replace(3, "ee");
            }

            return;
        }

        int suffix;
        if (w.EndsWith("ed") && w.HasVowel(w.Length - 2)) suffix = 2;
        else if (w.EndsWith("ing") && w.HasVowel(w.Length - 3)) suffix = 3;
        else return;

        w.Replace(suffix, "");
        if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz"))
        {
            w.Replace(0, "e");
        }
        else if (w.EndsInDoubleConsonant())
        {
            if (w.Last is not ('l' or 's' or 'z'))
            {
                w.Replace(1, "");
            }
        }
        else if (w.Measure(w.Length) == 1 && w.EndsCvc(w.Length))
        {
            w.Replace(0, "e");
        }
    }

    private static void Step1c(ref Word w)
    {
        if (w.EndsWith("y") && w.Length - 1 > 1 && w.IsConsonant(w.Length - 2))
        {
            w.Replace(1, "i");
        }
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("fulli", "ful"), ("logi", "log"),
    ];

    private static void Step2(ref Word w)
    {
        // NLTK turns "alli" into "al" and runs step 2 again, so "...alli" can go on to lose "al" rules.
        while (w.EndsWith("alli") && w.Measure(w.Length - 4) > 0)
        {
            w.Replace(4, "al");
        }

        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (w.EndsWith(suffix))
            {
                var stemLength = w.Length - suffix.Length;
                // NLTK counts the 'l' of "logi" as part of the stem when measuring.
                var measured = suffix == "logi" ? stemLength + 1 : stemLength;
                if (w.Measure(measured) > 0)
                {
                    w.Replace(suffix.Length, replacement);
                }

                return;
            }
        }
    }

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static void Step3(ref Word w)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (w.EndsWith(suffix))
            {
                if (w.Measure(w.Length - suffix.Length) > 0)
                {
                    w.Replace(suffix.Length, replacement);
                }

                return;
            }
        }
    }

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize",
    ];

    private static void Step4(ref Word w)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (w.EndsWith(suffix))
            {
                var stemLength = w.Length - suffix.Length;
                var removable = w.Measure(stemLength) > 1
                    && (suffix != "ion" || (stemLength > 0 && w.Chars[stemLength - 1] is 's' or 't'));
                if (removable)
                {
                    w.Replace(suffix.Length, "");
                }

                return;
            }
        }
    }

    private static void Step5(ref Word w)
    {
        if (w.EndsWith("e"))
        {
            var m = w.Measure(w.Length - 1);
            if (m > 1 || (m == 1 && !w.EndsCvc(w.Length - 1)))
            {
                w.Replace(1, "");
            }
        }

        if (w.EndsWith("ll") && w.Measure(w.Length - 1) > 1)
        {
            w.Replace(1, "");
        }
    }

    /// <summary>A word being stemmed in place: suffixes are only ever replaced by ones no longer than themselves.</summary>
    private ref struct Word(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;

        public int Length { get; private set; } = buffer.Length;

        public readonly ReadOnlySpan<char> Chars => _buffer[..Length];

        public readonly char Last => _buffer[Length - 1];

        public readonly bool EndsWith(string suffix) => Chars.EndsWith(suffix, StringComparison.Ordinal);

        /// <summary>Drops <paramref name="count"/> trailing letters and appends <paramref name="replacement"/>.</summary>
        public void Replace(int count, string replacement)
        {
            Length -= count;
            replacement.AsSpan().CopyTo(_buffer[Length..]);
            Length += replacement.Length;
        }

        /// <summary>A 'y' is a consonant at the start of a word or after a vowel, a vowel after a consonant.</summary>
        public readonly bool IsConsonant(int index)
        {
            var consonant = true;
            for (var i = 0; i <= index; i++)
            {
                consonant = _buffer[i] switch
                {
                    'a' or 'e' or 'i' or 'o' or 'u' => false,
                    'y' => i == 0 || !consonant,
                    _ => true,
                };
            }

            return consonant;
        }

        /// <summary>Porter's m: how many vowel-to-consonant changes the first <paramref name="length"/> letters hold.</summary>
        public readonly int Measure(int length)
        {
            var m = 0;
            var previousConsonant = true;
            for (var i = 0; i < length; i++)
            {
                var consonant = ConsonantAfter(_buffer[i], i, previousConsonant);
                if (i > 0 && consonant && !previousConsonant)
                {
                    m++;
                }

                previousConsonant = consonant;
            }

            return m;
        }

        public readonly bool HasVowel(int length)
        {
            var previousConsonant = true;
            for (var i = 0; i < length; i++)
            {
                previousConsonant = ConsonantAfter(_buffer[i], i, previousConsonant);
                if (!previousConsonant)
                {
                    return true;
                }
            }

            return false;
        }

        public readonly bool EndsInDoubleConsonant() =>
            Length >= 2 && _buffer[Length - 1] == _buffer[Length - 2] && IsConsonant(Length - 1);

        /// <summary>
        /// Consonant-vowel-consonant ending (last letter not w, x or y), or, as NLTK adds, a two-letter word that is
        /// vowel then consonant.
        /// </summary>
        public readonly bool EndsCvc(int length)
        {
            if (length >= 3)
            {
                if (IsConsonant(length - 3) && !IsConsonant(length - 2) && IsConsonant(length - 1)
                    && _buffer[length - 1] is not ('w' or 'x' or 'y'))
                {
                    return true;
                }
            }

            return length == 2 && !IsConsonant(0) && IsConsonant(1);
        }

        private static bool ConsonantAfter(char c, int index, bool previousConsonant) => c switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => index == 0 || !previousConsonant,
            _ => true,
        };
    }
}
