namespace Summarizer.Storage.Pipeline;

/// <summary>The outcome of one run, with the error code when the article failed (now or in an earlier run).</summary>
public sealed record PipelineResult(string ArticleName, PipelineOutcome Outcome, string? ErrorCode = null, string? ErrorMessage = null)
{
    /// <summary>True when the stored result for the article is an error record.</summary>
    public bool IsFailure => ErrorCode is not null;

    /// <summary>True when the stored summary is the fallback engine's (the configured engine failed); the next run retries it.</summary>
    public bool Degraded { get; init; }
}
