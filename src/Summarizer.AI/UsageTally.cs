using Microsoft.Extensions.AI;
using Summarizer.Core.Engines;

namespace Summarizer.AI;

/// <summary>Adds up the tokens of every request made for one article (map calls, the reduce call).</summary>
internal sealed class UsageTally
{
    private long _input;
    private long _output;
    private int _requests;

    public void Add(UsageDetails? usage)
    {
        _requests++;
        _input += usage?.InputTokenCount ?? 0;
        _output += usage?.OutputTokenCount ?? 0;
    }

    public TokenUsage ToTokenUsage() => new(_input, _output, _requests);
}
