namespace Summarizer.Storage.Pipeline;

/// <summary>
/// The outcome of <see cref="ResultDecision.Decide"/>: the <see cref="Step"/> to take, and the leftovers to remove on
/// the way (a pre-2.0 error record beside a current result, a Markdown rendering beside a failure).
/// </summary>
public sealed record Decision(NextStep Step)
{
    /// <summary>The failure's code: of the stored error record (up to date), or of the failure to record.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The failure to record, for <see cref="NextStep.RecordFailure"/>.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>True when the result that stands is a degraded summary, taken from a run this one waited for.</summary>
    public bool Degraded { get; init; }

    /// <summary>A pre-2.0 <c>{name}.error.json</c> is left over and goes once the result blob stands.</summary>
    public bool RemoveLegacyError { get; init; }

    /// <summary>A Markdown rendering stands beside an error record and goes.</summary>
    public bool RemoveMarkdown { get; init; }

    /// <summary>True when nothing needs doing: the result is current and nothing is left over.</summary>
    public bool IsSettled => Step == NextStep.UpToDate && !RemoveLegacyError && !RemoveMarkdown;
}
