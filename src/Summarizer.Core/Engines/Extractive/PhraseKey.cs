namespace Summarizer.Core.Engines.Extractive;

/// <summary>Up to four term ids identifying a phrase regardless of inflection; unused slots hold -1.</summary>
internal readonly record struct PhraseKey(int A, int B, int C, int D)
{
    public int Length => D >= 0 ? 4 : C >= 0 ? 3 : B >= 0 ? 2 : 1;

    public static PhraseKey Of(ReadOnlySpan<int> terms) => new(
        terms[0],
        terms.Length > 1 ? terms[1] : -1,
        terms.Length > 2 ? terms[2] : -1,
        terms.Length > 3 ? terms[3] : -1);

    /// <summary>How many of this phrase's terms the other phrase holds.</summary>
    public int SharedTerms(PhraseKey other) =>
        (other.Contains(A) ? 1 : 0) + (B >= 0 && other.Contains(B) ? 1 : 0) + (C >= 0 && other.Contains(C) ? 1 : 0) + (D >= 0 && other.Contains(D) ? 1 : 0);

    private bool Contains(int term) => term == A || term == B || term == C || term == D;
}
