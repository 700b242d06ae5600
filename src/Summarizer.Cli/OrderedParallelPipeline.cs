using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Summarizer.Cli;

/// <summary>
/// Reads items in order, transforms them on every core, and hands results to a single sink in the original order.
/// Memory is bounded by what is in flight, never by the length of the source: at most <c>maxInFlight</c> items, and
/// when a weight is given at most <c>maxInFlightWeight</c> of it (one heavier item alone), are between the source and the
/// sink at any time (queued, being transformed, or waiting in the reorder buffer behind a slower one), so the source is
/// never read far ahead.
/// </summary>
internal static class OrderedParallelPipeline
{
    public static int DefaultDegreeOfParallelism => Environment.ProcessorCount;

    /// <param name="source">Items in order; enumerated by one consumer at a time.</param>
    /// <param name="transform">Runs concurrently; should turn per-item failures into results rather than throw.</param>
    /// <param name="sink">Called once per item, in source order, never concurrently.</param>
    /// <param name="degreeOfParallelism">How many transforms run at once.</param>
    /// <param name="maxInFlight">Upper bound on items read but not yet sunk.</param>
    /// <param name="weigh">What an item weighs while in flight (the bytes it holds, say); null weighs nothing.</param>
    /// <param name="maxInFlightWeight">Upper bound on the summed weight of items read but not yet sunk.</param>
    /// <param name="cancellationToken">Stops reading and transforming; what was sunk stays sunk.</param>
    public static async Task RunAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, CancellationToken, ValueTask<TOut>> transform,
        Func<TOut, CancellationToken, ValueTask> sink,
        int degreeOfParallelism,
        int maxInFlight,
        Func<TIn, long>? weigh = null,
        long maxInFlightWeight = long.MaxValue,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, degreeOfParallelism);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlightWeight, 1);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var window = new SemaphoreSlim(maxInFlight, maxInFlight);
        var weight = new InFlightWeight(maxInFlightWeight);
        // Items are sunk in the order they were read, so their weights leave in the order they entered.
        var weights = new ConcurrentQueue<long>();
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
                    if (weigh is not null && weights.TryDequeue(out var sunk))
                    {
                        weight.Exit(sunk);
                    }
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
                    Numbered(source, window, weigh is null ? null : (weight, weigh, weights), stop.Token),
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

    private static async IAsyncEnumerable<(long Index, T Value)> Numbered<T>(
        IAsyncEnumerable<T> source,
        SemaphoreSlim window,
        (InFlightWeight Weight, Func<T, long> Weigh, ConcurrentQueue<long> Weights)? weighing,
        [EnumeratorCancellation] CancellationToken cancellationToken)
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

            if (weighing is var (weight, weigh, weights))
            {
                // The item is read (its weight is known only then) but goes no further until it fits.
                var itemWeight = weigh(items.Current);
                await weight.EnterAsync(itemWeight, cancellationToken).ConfigureAwait(false);
                weights.Enqueue(itemWeight);
            }

            yield return (index++, items.Current);
        }
    }
}
