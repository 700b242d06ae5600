namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// Everything one worker said: its stdout and stderr, and the logs it sent over the RPC stream (function logs travel
/// there, not to the console). Kept in arrival order so a failing test can show what the worker was doing.
/// </summary>
public sealed class WorkerLog
{
    private readonly List<string> _lines = [];

    public void Add(string source, string line)
    {
        var stamped = $"{DateTime.UtcNow:HH:mm:ss.fff} [{source}] {line}";
        lock (_lines)
        {
            _lines.Add(stamped);
        }
    }

    /// <summary>The last <paramref name="count"/> lines, for failure messages.</summary>
    public string Tail(int count = 80)
    {
        lock (_lines)
        {
            return string.Join('\n', _lines.Skip(Math.Max(0, _lines.Count - count)));
        }
    }

    public IReadOnlyList<string> Lines()
    {
        lock (_lines)
        {
            return [.. _lines];
        }
    }
}
