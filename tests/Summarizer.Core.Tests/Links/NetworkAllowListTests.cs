using System.Net;
using Summarizer.Core.Links;

namespace Summarizer.Core.Tests.Links;

public sealed class NetworkAllowListTests
{
    [Fact]
    public void TryParse_Empty_AllowsNothing()
    {
        Assert.True(NetworkAllowList.TryParse("  ", out var list, out _));

        Assert.True(list.IsEmpty);
        Assert.False(list.Allows("localhost", IPAddress.Loopback));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.200.1.1", true)]
    [InlineData("10.0.0.0/8", "11.0.0.1", false)]
    [InlineData("10.1.2.3/8", "10.9.9.9", true)]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("127.0.0.1", "127.0.0.2", false)]
    [InlineData("127.0.0.1", "::ffff:127.0.0.1", true)]
    [InlineData("::1", "::1", true)]
    [InlineData("[::1]", "::1", true)]
    [InlineData("fd00::/8", "fd12::5", true)]
    [InlineData("fd00::/8", "10.0.0.1", false)]
    [InlineData("0.0.0.0/0", "::1", false)]
    public void Allows_AddressInAListedRange(string entry, string address, bool allowed)
    {
        Assert.True(NetworkAllowList.TryParse(entry, out var list, out var error), error);

        Assert.Equal(allowed, list.Allows("some.host", IPAddress.Parse(address)));
    }

    [Fact]
    public void Allows_ListedHostName_WhateverItResolvesTo()
    {
        Assert.True(NetworkAllowList.TryParse("intranet.example.com,wiki", out var list, out _));

        Assert.True(list.Allows("Intranet.Example.com.", IPAddress.Parse("10.0.0.5")));
        Assert.True(list.Allows("wiki", IPAddress.Parse("192.168.0.9")));
        Assert.False(list.Allows("evil.intranet.example.com", IPAddress.Parse("10.0.0.5")));
    }

    [Theory]
    [InlineData("10.0.0.0/33", "10.0.0.0/33")]
    [InlineData("intranet.example, bad_host!", "bad_host!")]
    [InlineData("300.1.1.1/8", "300.1.1.1/8")]
    public void TryParse_BadEntry_NamesIt(string text, string entry)
    {
        Assert.False(NetworkAllowList.TryParse(text, out _, out var error));

        Assert.Contains($"'{entry}'", error, StringComparison.Ordinal);
    }
}
