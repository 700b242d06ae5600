using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Summarizer.Links.Tests;

/// <summary>Answers name lookups from a table (or a function) and records them; asks no DNS server.</summary>
internal sealed class FakeResolver : IAddressResolver
{
    private readonly Func<string, int, IPAddress[]> _answer;
    private readonly ConcurrentQueue<string> _lookups = new();

    public FakeResolver(Func<string, int, IPAddress[]> answer) => _answer = answer;

    public FakeResolver(params (string Host, string[] Addresses)[] table)
        : this((host, _) => table.FirstOrDefault(entry => entry.Host == host).Addresses?.Select(IPAddress.Parse).ToArray()
            ?? throw new SocketException((int)SocketError.HostNotFound))
    {
    }

    public IReadOnlyList<string> Lookups => [.. _lookups];

    public ValueTask<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var count = _lookups.Count(h => h == host);
        _lookups.Enqueue(host);
        return ValueTask.FromResult<IReadOnlyList<IPAddress>>(_answer(host, count));
    }
}
