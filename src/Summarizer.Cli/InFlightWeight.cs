namespace Summarizer.Cli;

/// <summary>
/// The summed weight (bytes, say) of the items between a pipeline's reader and its sink, with a limit the reader waits
/// under. An item heavier than the whole limit still enters when nothing else is in flight, so no item can stall the
/// pipeline. One reader enters; any thread exits.
/// </summary>
internal sealed class InFlightWeight(long limit)
{
    private readonly Lock _lock = new();
    private long _inFlight;
    private TaskCompletionSource? _exited;

    /// <summary>Waits until <paramref name="weight"/> fits under the limit (or nothing is in flight), then counts it.</summary>
    public async ValueTask EnterAsync(long weight, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task exited;
            lock (_lock)
            {
                if (_inFlight == 0 || _inFlight + weight <= limit)
                {
                    _inFlight += weight;
                    return;
                }

                _exited ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                exited = _exited.Task;
            }

            await exited.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops counting an item that entered with <paramref name="weight"/>, waking a reader waiting for room.</summary>
    public void Exit(long weight)
    {
        TaskCompletionSource? exited;
        lock (_lock)
        {
            _inFlight -= weight;
            exited = _exited;
            _exited = null;
        }

        exited?.TrySetResult();
    }
}
