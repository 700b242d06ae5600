using System.Runtime.CompilerServices;

namespace Summarizer.Cli.Tests;

public sealed class BatchPipelineTests
{
    [Fact]
    public async Task RunAsync_TransformsFinishingOutOfOrder_SinkSeesSourceOrder()
    {
        var sunk = new List<int>();

        await OrderedParallelPipeline.RunAsync(
            Numbers(500),
            async (n, token) =>
            {
                await Task.Delay(n % 7 == 0 ? 3 : 0, token);
                return n * 10;
            },
            (result, _) =>
            {
                sunk.Add(result);
                return ValueTask.CompletedTask;
            },
            degreeOfParallelism: 4,
            maxInFlight: 16);

        Assert.Equal(Enumerable.Range(0, 500).Select(n => n * 10), sunk);
    }

    [Fact]
    public async Task RunAsync_SlowFirstItem_NeverHoldsMoreThanTheWindow()
    {
        var read = 0;
        var sunkCount = 0;
        var maxAhead = 0;

        await OrderedParallelPipeline.RunAsync(
            Counted(200, () => maxAhead = Math.Max(maxAhead, Interlocked.Increment(ref read) - Volatile.Read(ref sunkCount))),
            async (n, token) =>
            {
                // The first item is slow, so everything behind it piles up unless the window holds the reader back.
                await Task.Delay(n == 0 ? 200 : 0, token);
                return n;
            },
            (_, _) =>
            {
                Interlocked.Increment(ref sunkCount);
                return ValueTask.CompletedTask;
            },
            degreeOfParallelism: 4,
            maxInFlight: 8);

        Assert.Equal(200, sunkCount);
        Assert.True(maxAhead <= 8, $"read {maxAhead} items ahead of the sink");
    }

    [Fact]
    public async Task RunAsync_WeighedItems_NeverHoldsMoreThanTheWeightLimitAndLetsAHeavierItemThroughAlone()
    {
        const long limit = 35;
        long Weight(int n) => n == 50 ? 100 : 10;
        var held = 0L;
        var maxHeld = 0L;
        var heldBesideHeavy = false;
        var heavyHeld = false;
        var gate = new Lock();

        await OrderedParallelPipeline.RunAsync(
            Numbers(200),
            async (n, token) =>
            {
                lock (gate)
                {
                    held += Weight(n);
                    heavyHeld |= n == 50;
                    heldBesideHeavy |= heavyHeld && held > 100;
                    maxHeld = Math.Max(maxHeld, n == 50 || heavyHeld ? 0 : held);
                }

                // Early items are slow, so later ones would pile up behind them if only the item count held them back.
                await Task.Delay(n % 10 == 0 ? 20 : 0, token);
                return n;
            },
            (n, _) =>
            {
                lock (gate)
                {
                    held -= Weight(n);
                    heavyHeld &= n != 50;
                }

                return ValueTask.CompletedTask;
            },
            degreeOfParallelism: 4,
            maxInFlight: 16,
            weigh: Weight,
            maxInFlightWeight: limit);

        Assert.InRange(maxHeld, 10, limit);
        Assert.False(heldBesideHeavy, "an item was in flight beside the one heavier than the limit");
    }

    [Fact]
    public async Task RunAsync_SinkFails_StopsAndReportsTheFailure()
    {
        var ex = await Assert.ThrowsAsync<IOException>(() => OrderedParallelPipeline.RunAsync(
            Numbers(10_000),
            (n, _) => ValueTask.FromResult(n),
            (n, _) => n == 5 ? throw new IOException("disk full") : ValueTask.CompletedTask,
            degreeOfParallelism: 2,
            maxInFlight: 4));

        Assert.Equal("disk full", ex.Message);
    }

    [Fact]
    public async Task RunAsync_SourceFails_ReportsTheSourceFailure()
    {
        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => OrderedParallelPipeline.RunAsync(
            Failing(),
            (n, _) => ValueTask.FromResult(n),
            (_, _) => ValueTask.CompletedTask,
            degreeOfParallelism: 2,
            maxInFlight: 4));

        Assert.Equal("broken input", ex.Message);
    }

    private static async IAsyncEnumerable<int> Numbers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Counted(int count, Action onRead, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            onRead();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Failing()
    {
        yield return 1;
        await Task.Yield();
        throw new InvalidDataException("broken input");
    }
}
