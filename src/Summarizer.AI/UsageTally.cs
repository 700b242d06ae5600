using Microsoft.Extensions.AI;
using Summarizer.Core.Engines;

namespace Summarizer.AI;

/// <summary>Adds up the tokens of every request made for one article (map calls, which may run at once, and the reduce call).</summary>
internal sealed class UsageTally
{
    private long _input;
    private long _output;
    private int _requests;

    public void Add(UsageDetails? usage)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _input, usage?.InputTokenCount ?? 0);
        Interlocked.Add(ref _output, usage?.OutputTokenCount ?? 0);
    }

    public TokenUsage ToTokenUsage() => new(Interlocked.Read(ref _input), Interlocked.Read(ref _output), Volatile.Read(ref _requests));
}
