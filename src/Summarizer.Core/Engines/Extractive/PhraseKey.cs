namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Up to six term ids identifying a phrase regardless of inflection. A word with no term inside a name ("US" of "US
/// Army", "of" of "Bank of England") holds a negative id from <see cref="NameWord"/>: it tells names apart but is no
/// topic, so it counts in neither <see cref="ContentLength"/> nor <see cref="SharedTerms"/>.
/// </summary>
internal readonly record struct PhraseKey(int A, int B, int C, int D, int E, int F)
{
    /// <summary>Most words in a phrase: a name of up to six words stands whole ("Citizens Independent Social Thought Alliance").</summary>
    public const int MaxWords = 6;

    private const int Unused = int.MinValue;

    /// <summary>Words, term or not.</summary>
    public int Length => A == Unused ? 0 : B == Unused ? 1 : C == Unused ? 2 : D == Unused ? 3 : E == Unused ? 4 : F == Unused ? 5 : 6;

    /// <summary>Words with a term.</summary>
    public int ContentLength => (A >= 0 ? 1 : 0) + (B >= 0 ? 1 : 0) + (C >= 0 ? 1 : 0) + (D >= 0 ? 1 : 0) + (E >= 0 ? 1 : 0) + (F >= 0 ? 1 : 0);

    public static PhraseKey Of(ReadOnlySpan<int> terms) => new(
        terms[0],
        terms.Length > 1 ? terms[1] : Unused,
        terms.Length > 2 ? terms[2] : Unused,
        terms.Length > 3 ? terms[3] : Unused,
        terms.Length > 4 ? terms[4] : Unused,
        terms.Length > 5 ? terms[5] : Unused);

    /// <summary>
    /// The id of a word without a term inside a name: negative, and the same for the same word in any case, in every
    /// process (FNV-1a over the upper-cased letters; string.GetHashCode is seeded per process, so a rare collision would
    /// merge different words in one run and not the next).
    /// </summary>
    public static int NameWord(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToUpperInvariant(c)) * 16777619u;
        }

        return -1 - (int)(hash & 0x3FFF_FFFF);
    }

    /// <summary>How many of this phrase's terms the other phrase holds.</summary>
    public int SharedTerms(PhraseKey other) =>
        other.Holds(A) + other.Holds(B) + other.Holds(C) + other.Holds(D) + other.Holds(E) + other.Holds(F);

    private int Holds(int term) => term >= 0 && (term == A || term == B || term == C || term == D || term == E || term == F) ? 1 : 0;
}
