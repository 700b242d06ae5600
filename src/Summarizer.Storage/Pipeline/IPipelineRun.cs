namespace Summarizer.Storage.Pipeline;

/// <summary>Brings one article's result up to date; <see cref="PipelineRun"/> does it, decorators add around it.</summary>
public interface IPipelineRun
{
    /// <summary>
    /// Runs for one article. Permanent failures are recorded and returned; transient ones
    /// (<see cref="Summarizer.Core.SummarizerException.IsTransient"/>) throw so the host retries.
    /// </summary>
    Task<PipelineResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default);
}
