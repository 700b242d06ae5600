using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Summarizer.Storage.Queueing;

namespace Summarizer.Functions.Triggers;

/// <summary>
/// The reconciliation sweep on a timer (<c>Summarizer__SweepSchedule</c>; the sample settings and infra/ set hourly):
/// heals events Event Grid never delivered, runs that failed for good, degraded summaries and everything an engine
/// change made stale, by enqueueing each such article on the requests queue. Only the instance holding the sweep lease
/// lists; the work itself fans out through the queue trigger. <c>AzureWebJobs.SweepArticles.Disabled=true</c> switches
/// it off, as for any function.
/// </summary>
public sealed partial class SweepFunction(ReconciliationSweep sweep, ILogger<SweepFunction> logger)
{
    [Function(nameof(SweepArticles))]
    public async Task SweepArticles([TimerTrigger(BindingExpressions.SweepSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            LogPastDue(logger);
        }

        // Another instance sweeping is not a failure: the sweep logs it and returns null.
        _ = await sweep.RunAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The sweep is running late (the app was idle or busy at its scheduled time)")]
    private static partial void LogPastDue(ILogger logger);
}
