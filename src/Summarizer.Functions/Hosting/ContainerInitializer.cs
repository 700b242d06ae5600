using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Summarizer.Storage.Interactive;
using Summarizer.Core;

namespace Summarizer.Functions.Hosting;

/// <summary>
/// Creates the two containers when missing (Azurite starts empty; in Azure the infrastructure creates them), in the
/// background: the worker starts and answers (503 while storage is down) even when storage is unreachable, and the
/// containers appear once it is back. Tries again after 1 s, doubling to at most a minute. An identity without the
/// right to create containers only gets a warning: in Azure they exist already.
/// </summary>
public sealed partial class ContainerInitializer(InteractiveStorage storage, TimeProvider timeProvider, ILogger<ContainerInitializer> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once both containers exist (or creating them was refused for good).</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRetryDelay;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await storage.CreateContainersAsync(stoppingToken).ConfigureAwait(false);
                _ready.TrySetResult();
                return;
            }
            catch (SummarizerException ex) when (ex.Code == ErrorCodes.StorageUnavailable && IsForbidden(ex))
            {
                LogCannotCreate(logger, ex.Message);
                _ready.TrySetResult();
                return;
            }
            catch (SummarizerException ex) when (ex.Code == ErrorCodes.StorageUnavailable)
            {
                LogRetrying(logger, attempt, delay.TotalSeconds, ex.Message);
            }

            try
            {
                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }

        _ready.TrySetCanceled(stoppingToken);
    }

    // 403: storage answered and refused; trying again will not change that.
    private static bool IsForbidden(SummarizerException ex) =>
        ex.InnerException is Azure.RequestFailedException { Status: 403 };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create the storage containers ({Problem}); they must exist already")]
    private static partial void LogCannotCreate(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage is not reachable yet (attempt {Attempt}); creating the containers again in {DelaySeconds} s: {Problem}")]
    private static partial void LogRetrying(ILogger logger, int attempt, double delaySeconds, string problem);
}
