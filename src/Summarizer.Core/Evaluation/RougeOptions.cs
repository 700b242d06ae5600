namespace Summarizer.Core.Evaluation;

/// <summary>How <see cref="RougeScorer"/> scores; the defaults are those of the reference scorer and published figures.</summary>
public sealed record RougeOptions
{
    /// <summary>Porter-stem English tokens longer than three letters.</summary>
    public bool UseStemmer { get; init; } = true;

    /// <summary>
    /// For ROUGE-Lsum, split a hypothesis written on one line into sentences first (the reference scorer's default).
    /// Turn off to get <c>rouge_score</c>'s behaviour, which treats such a hypothesis as a single sentence.
    /// </summary>
    public bool SplitSingleLineHypothesis { get; init; } = true;

    public static RougeOptions Default { get; } = new();
}
