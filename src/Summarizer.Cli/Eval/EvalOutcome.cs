using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Eval;

/// <summary>One dataset record scored for the engine and the baseline, or why it could not be.</summary>
internal sealed record EvalOutcome
{
    public required long LineNumber { get; init; }

    /// <summary>The record's id, or its line number when it has none.</summary>
    public required string Id { get; init; }

    /// <summary>The engine's summary, one sentence per line, as scored and as written to the predictions file.</summary>
    public string? Summary { get; init; }

    public RougeScores? Engine { get; init; }

    public RougeScores? Baseline { get; init; }

    /// <summary>The baseline's summary, one sentence per line.</summary>
    public string? BaselineSummary { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public bool Failed => ErrorCode is not null;
}
