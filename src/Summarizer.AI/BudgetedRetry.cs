using Microsoft.Extensions.Logging;
using Summarizer.Core;

namespace Summarizer.AI;

/// <summary>
/// Runs one model request with retries inside the article's time budget and at most
/// <see cref="ChatSummarizerOptions.MaxAttempts"/> tries: a 429 waits as long as the service asks, a
/// 408/5xx/timeout/network error backs off exponentially, and no try or wait may run past the deadline. When the tries
/// or the budget are spent the failure is a transient <see cref="SummarizerException"/> so the host may retry the
/// article later. The cap matters as much as the budget: a service that asks for short waits (a 429 with
/// <c>retry-after-ms: 200</c> to every request) would otherwise get a request every few hundred milliseconds until the
/// budget ran out.
/// </summary>
internal sealed class BudgetedRetry(ChatSummarizerOptions options, TimeProvider time, ILogger logger)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> request, Deadline deadline, CancellationToken cancellationToken)
    {
        ChatFailure? last = null;
        for (var attempt = 1; ; attempt++)
        {
            var remaining = deadline.Remaining;
            if (remaining <= TimeSpan.Zero)
            {
                throw Exhausted(deadline, last);
            }

            var timeout = remaining < options.RequestTimeout ? remaining : options.RequestTimeout;
            using var timeoutSource = new CancellationTokenSource(timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
            ChatFailure failure;
            try
            {
                return await request(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = new ChatFailure($"no answer within {timeout.TotalSeconds:0.###} s", RetryAfter: null);
            }
            catch (Exception ex) when (ModelFailureReader.IsServiceFailure(ex))
            {
                // A caller that stopped waiting gets its cancellation, even when a failure arrived at the same moment.
                cancellationToken.ThrowIfCancellationRequested();
                failure = ChatFailureClassifier.ClassifyOrThrow(ex, time.GetUtcNow());
            }

            last = failure;
            if (attempt >= options.MaxAttempts)
            {
                Log.OutOfAttempts(logger, options.Model, attempt, failure.Description);
                throw new SummarizerException(ErrorCodes.EngineUnavailable,
                    $"The model service did not answer in {attempt} tries (last failure: {failure.Description}).", isTransient: true);
            }

            var wait = failure.RetryAfter ?? Backoff(attempt);
            if (wait >= deadline.Remaining)
            {
                Log.GivingUp(logger, options.Model, attempt, failure.Description, wait, deadline.Remaining);
                throw Exhausted(deadline, last);
            }

            Log.Retrying(logger, options.Model, attempt, failure.Description, wait);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 16));
        var wait = TimeSpan.FromTicks((long)Math.Min(options.InitialBackoff.Ticks * factor, options.MaxBackoff.Ticks));
        return wait;
    }

    private static SummarizerException Exhausted(Deadline deadline, ChatFailure? last) => new(
        ErrorCodes.EngineUnavailable,
        $"The model service did not answer within the {deadline.Budget.TotalSeconds:0.###} s budget"
            + (last is null ? "." : $" (last failure: {last.Description})."),
        isTransient: true);
}
