using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Summarizer.Cli;

/// <summary>
/// Reads items in order, transforms them on every core, and hands results to a single sink in the original order.
/// Memory is bounded: at most <c>maxInFlight</c> items are between the source and the sink at any time (queued,
/// being transformed, or waiting in the reorder buffer behind a slower one), so the source is never read far ahead.
/// </summary>
internal static class OrderedParallelPipeline
{
    public static int DefaultDegreeOfParallelism => Environment.ProcessorCount;

    /// <param name="source">Items in order; enumerated by one consumer at a time.</param>
    /// <param name="transform">Runs concurrently; should turn per-item failures into results rather than throw.</param>
    /// <param name="sink">Called once per item, in source order, never concurrently.</param>
    /// <param name="degreeOfParallelism">How many transforms run at once.</param>
    /// <param name="maxInFlight">Upper bound on items read but not yet sunk.</param>
    /// <param name="cancellationToken">Stops reading and transforming; what was sunk stays sunk.</param>
    public static async Task RunAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, CancellationToken, ValueTask<TOut>> transform,
        Func<TOut, CancellationToken, ValueTask> sink,
        int degreeOfParallelism,
        int maxInFlight,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, degreeOfParallelism);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var window = new SemaphoreSlim(maxInFlight, maxInFlight);
        // Unbounded is safe here: the window already caps how many results can exist.
        var results = Channel.CreateUnbounded<(long Index, TOut Result)>(new UnboundedChannelOptions { SingleReader = true });

        var producer = ProduceAsync();
        var pending = new Dictionary<long, TOut>();
        long next = 0;
        try
        {
            await foreach (var (index, result) in results.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                pending.Add(index, result);
                while (pending.Remove(next, out var ready))
                {
                    await sink(ready, stop.Token).ConfigureAwait(false);
                    next++;
                    window.Release();
                }
            }
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            // Let the producer wind down so nothing runs after we return; its own failure is the one to report.
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (producer.Exception?.InnerException is { } producerFailure and not OperationCanceledException)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(producerFailure);
            }

            throw;
        }

        await producer.ConfigureAwait(false);

        async Task ProduceAsync()
        {
            try
            {
                await Parallel.ForEachAsync(
                    Numbered(source, window, stop.Token),
                    new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism, CancellationToken = stop.Token },
                    async (item, token) => results.Writer.TryWrite((item.Index, await transform(item.Value, token).ConfigureAwait(false))))
                    .ConfigureAwait(false);
                results.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                results.Writer.TryComplete(ex);
                throw;
            }
        }
    }

    private static async IAsyncEnumerable<(long Index, T Value)> Numbered<T>(IAsyncEnumerable<T> source, SemaphoreSlim window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await using var items = source.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            // Take a slot before reading, so a slow item holds the reader back instead of the reorder buffer growing.
            await window.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!await items.MoveNextAsync().ConfigureAwait(false))
            {
                yield break;
            }

            yield return (index++, items.Current);
        }
    }
}
