using System.Diagnostics;
using System.Globalization;
using Summarizer.Azure.Pipeline;

namespace Summarizer.Cli.Storage;

/// <summary>
/// Backfill progress on stderr: a bar redrawn in place on a terminal (at most ten times a second), or a plain line
/// per tenth of the work when stderr is a file or pipe, so logs stay readable.
/// </summary>
internal sealed class ConsoleProgressBar(TextWriter writer, bool interactive) : IProgress<BackfillProgress>
{
    private const int Width = 30;
    private static readonly long RedrawTicks = Stopwatch.Frequency / 10;
    private readonly Lock _gate = new();
    private long _lastDraw;
    private int _lastTenth = -1;

    public void Report(BackfillProgress value)
    {
        lock (_gate)
        {
            var finished = value.Done == value.Total;
            if (interactive)
            {
                var now = Stopwatch.GetTimestamp();
                if (!finished && now - _lastDraw < RedrawTicks)
                {
                    return;
                }

                _lastDraw = now;
                writer.Write("\r" + Line(value) + (finished ? "\n" : ""));
            }
            else
            {
                var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
                if (tenth != _lastTenth)
                {
                    _lastTenth = tenth;
                    writer.WriteLine(Line(value));
                }
            }
        }
    }

    private static string Line(BackfillProgress p)
    {
        var fraction = p.Total == 0 ? 1.0 : (double)p.Done / p.Total;
        var filled = (int)Math.Round(fraction * Width);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', Width - filled)}] {p.Done}/{p.Total}  summarised {p.Summarized}, skipped {p.Skipped}, failed {p.Failed}");
    }
}
