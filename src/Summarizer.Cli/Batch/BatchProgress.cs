using System.Diagnostics;
using System.Globalization;

namespace Summarizer.Cli.Batch;

/// <summary>
/// A one-line progress display on stderr, redrawn with '\r' a few times a second. Only used when stderr is a terminal,
/// so logs and pipes never see it.
/// </summary>
internal sealed class BatchProgress : IAsyncDisposable
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _stderr;
    private readonly long _totalBytes;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _redraw;
    private long _records;
    private long _failed;
    private long _bytes;

    public BatchProgress(TextWriter stderr, long totalBytes)
    {
        _stderr = stderr;
        _totalBytes = totalBytes;
        _redraw = RedrawAsync();
    }

    /// <summary>True when a progress line would reach a person: the process's own stderr, attached to a terminal.</summary>
    public static bool IsWanted(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Called by the single writer after each record; plain fields are enough for a display.</summary>
    public void Record(bool failed, long inputBytes)
    {
        Interlocked.Increment(ref _records);
        if (failed)
        {
            Interlocked.Increment(ref _failed);
        }

        Interlocked.Add(ref _bytes, inputBytes + 1);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _redraw.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
        await _stderr.WriteLineAsync(Line()).ConfigureAwait(false);
    }

    private async Task RedrawAsync()
    {
        using var timer = new PeriodicTimer(RedrawInterval);
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
        {
            await _stderr.WriteAsync(Line()).ConfigureAwait(false);
            await _stderr.FlushAsync().ConfigureAwait(false);
        }
    }

    private string Line()
    {
        var records = Interlocked.Read(ref _records);
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var percent = _totalBytes > 0 ? Math.Min(100, 100.0 * Interlocked.Read(ref _bytes) / _totalBytes) : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"\rbatch: {percent,3:0}% {records:N0} records, {Interlocked.Read(ref _failed):N0} failed, {seconds:0.0} s, {records / seconds:N0}/s   ");
    }
}
