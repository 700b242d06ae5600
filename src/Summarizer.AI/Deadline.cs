namespace Summarizer.AI;

/// <summary>The end of one article's time budget, on an injectable clock.</summary>
internal sealed class Deadline(TimeProvider time, TimeSpan budget)
{
    private readonly long _start = time.GetTimestamp();

    public TimeSpan Budget => budget;

    public TimeSpan Remaining
    {
        get
        {
            var left = budget - time.GetElapsedTime(_start);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }
}
