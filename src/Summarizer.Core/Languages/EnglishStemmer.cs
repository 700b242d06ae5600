namespace Summarizer.Core.Languages;

/// <summary>
/// A light English stemmer for matching words across sentences: it strips plural and third-person -s, -ing and -ed,
/// -ly, and a final -y or -e, so "runs", "running" and "run" meet at "run" and "policy", "policies" at "polic". It only
/// cuts, never rewrites, and leaves stems of at least three letters, so short words pass through whole. Derivational
/// suffixes (-ness, -ation) stay: conflating them merges words with different meanings.
/// </summary>
internal sealed class EnglishStemmer : TruncatingStemmer
{
    private const int MinStemLength = 3;

    public static EnglishStemmer Instance { get; } = new();

    public override string Language => LanguageCodes.English;

    protected override int StemLength(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        if (length <= MinStemLength)
        {
            return length;
        }

        length = StripPlural(word, length);
        var verbLength = StripIngOrEd(word, length);
        length = verbLength != length ? verbLength : StripLy(word, length);
        length = StripFinalY(word, length);
        return StripFinalE(word, length);
    }

    /// <summary>"cities" to "cit" (the y-stem, which "city" reaches too), "votes" to "vote"; never "-ss", "-us" or "-is".</summary>
    private static int StripPlural(ReadOnlySpan<char> word, int length)
    {
        var stem = word[..length];
        if (stem.EndsWith("ies") && length - 3 >= MinStemLength)
        {
            return length - 3;
        }

        if (stem[^1] == 's' && stem[^2] is not ('s' or 'u' or 'i') && length - 1 >= MinStemLength)
        {
            return length - 1;
        }

        return length;
    }

    /// <summary>"running" to "run", "studied" to "stud", "needed" to "need"; "-eed" stays ("need", "proceed").</summary>
    private static int StripIngOrEd(ReadOnlySpan<char> word, int length)
    {
        var stem = word[..length];
        int cut;
        if (stem.EndsWith("ing"))
        {
            cut = length - 3;
        }
        else if (stem.EndsWith("ed") && stem[^3] != 'e')
        {
            cut = length - 2;
            if (word[cut - 1] == 'i' && cut - 1 >= MinStemLength)
            {
                cut--;
            }
        }
        else
        {
            return length;
        }

        // "thing", "bring" and "bed" are not inflections: a stem needs three letters and a vowel.
        if (cut < MinStemLength || word[..cut].IndexOfAny("aeiouy") < 0)
        {
            return length;
        }

        return Undouble(word, cut);
    }

    /// <summary>"stopp" (from "stopped") to "stop"; but "fall", "miss", "buzz" keep their pair, and "add" its letters.</summary>
    private static int Undouble(ReadOnlySpan<char> word, int length)
    {
        var last = word[length - 1];
        var doubled = length - 1 >= MinStemLength && word[length - 2] == last && last is not ('l' or 's' or 'z') && !IsVowel(last);
        return doubled ? length - 1 : length;
    }

    /// <summary>"finally" to "final"; "-ily", "-bly", "-ply" go through the -y rule instead, to meet their base words.</summary>
    private static int StripLy(ReadOnlySpan<char> word, int length)
    {
        var stem = word[..length];
        var strip = stem.EndsWith("ly") && length - 2 >= MinStemLength + 1 && stem[^3] is not ('i' or 'b' or 'p');
        return strip ? length - 2 : length;
    }

    /// <summary>"policy" to "polic" to meet "policies"; "play" keeps its y because a vowel precedes it.</summary>
    private static int StripFinalY(ReadOnlySpan<char> word, int length)
    {
        var strip = word[length - 1] == 'y' && length - 1 >= MinStemLength && !IsVowel(word[length - 2]);
        return strip ? length - 1 : length;
    }

    /// <summary>"vote" to "vot" to meet "voting" and "voted"; "movie" to "mov" to meet "movies"; "agree" keeps its "ee".</summary>
    private static int StripFinalE(ReadOnlySpan<char> word, int length)
    {
        if (word[length - 1] != 'e')
        {
            return length;
        }

        if (word[length - 2] == 'i')
        {
            return length - 2 >= MinStemLength ? length - 2 : length;
        }

        return length - 1 >= MinStemLength && word[length - 2] != 'e' ? length - 1 : length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
