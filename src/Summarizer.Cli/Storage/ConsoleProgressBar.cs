using System.Diagnostics;
using System.Globalization;
using Summarizer.Storage.Pipeline;

namespace Summarizer.Cli.Storage;

/// <summary>
/// Backfill progress on a terminal: one bar redrawn in place, at most ten times a second. Only used when stderr is a
/// terminal (<see cref="IsWanted"/>); in a redirected log the closing summary line says everything a bar would.
/// </summary>
internal sealed class ConsoleProgressBar(TextWriter writer) : IProgress<BackfillProgress>
{
    private const int Width = 30;
    private static readonly long RedrawTicks = Stopwatch.Frequency / 10;
    private readonly Lock _gate = new();
    private long _lastDraw;

    /// <summary>True when <paramref name="stderr"/> is the process's own stderr and that is a terminal.</summary>
    public static bool IsWanted(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    public void Report(BackfillProgress value)
    {
        lock (_gate)
        {
            var finished = value.Done == value.Total;
            var now = Stopwatch.GetTimestamp();
            if (!finished && now - _lastDraw < RedrawTicks)
            {
                return;
            }

            _lastDraw = now;
            writer.Write("\r" + Line(value) + (finished ? "\n" : ""));
        }
    }

    internal static string Line(BackfillProgress p)
    {
        var fraction = p.Total == 0 ? 1.0 : (double)p.Done / p.Total;
        var filled = (int)Math.Round(fraction * Width);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', Width - filled)}] {p.Done}/{p.Total}  summarised {p.Summarized}, skipped {p.Skipped}, failed {p.Failed}");
    }
}
