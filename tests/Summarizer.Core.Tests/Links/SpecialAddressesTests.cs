using System.Net;
using Summarizer.Core.Links;

namespace Summarizer.Core.Tests.Links;

/// <summary>
/// Every refused range at its first and last address and one inside, in IPv4, IPv6 and the IPv6 forms that carry an
/// IPv4 address; and the public neighbours just outside each IPv4 range, which must stay reachable.
/// </summary>
public sealed class SpecialAddressesTests
{
    public static TheoryData<string, string> RefusedIPv4 => new()
    {
        { "0.0.0.0", "unspecified" }, { "0.255.255.255", "unspecified" },
        { "10.0.0.0", "private (10." }, { "10.20.30.40", "private (10." }, { "10.255.255.255", "private (10." },
        { "100.64.0.0", "CGNAT" }, { "100.100.100.200", "CGNAT" }, { "100.127.255.255", "CGNAT" },
        { "127.0.0.1", "loopback" }, { "127.0.0.0", "loopback" }, { "127.255.255.255", "loopback" },
        { "168.63.129.16", "Azure platform" },
        { "169.254.0.0", "link-local" }, { "169.254.169.254", "link-local" }, { "169.254.255.255", "link-local" },
        { "172.16.0.0", "private (172.16" }, { "172.20.1.1", "private (172.16" }, { "172.31.255.255", "private (172.16" },
        { "192.0.0.0", "IETF" }, { "192.0.0.255", "IETF" },
        { "192.0.2.0", "documentation" }, { "192.0.2.255", "documentation" },
        { "192.88.99.1", "6to4 relay" },
        { "192.168.0.0", "private (192.168" }, { "192.168.1.1", "private (192.168" }, { "192.168.255.255", "private (192.168" },
        { "198.18.0.0", "benchmarking" }, { "198.19.255.255", "benchmarking" },
        { "198.51.100.7", "documentation" }, { "203.0.113.255", "documentation" },
        { "224.0.0.0", "multicast" }, { "239.255.255.250", "multicast" },
        { "240.0.0.0", "reserved" }, { "255.255.255.255", "reserved or broadcast" },
    };

    public static TheoryData<string, string> RefusedIPv6 => new()
    {
        { "::", "unspecified" }, { "::1", "loopback" },
        { "::a00:1", "IPv4-compatible" }, { "::8.8.8.8", "IPv4-compatible" },
        { "64:ff9b:1::1", "local-use NAT64" },
        { "100::1", "discard" },
        { "2001::1", "Teredo" }, { "2001:0:ffff:ffff:ffff:ffff:ffff:ffff", "Teredo" },
        { "2001:db8::1", "documentation" }, { "3fff::1", "documentation" },
        { "fc00::", "unique-local" }, { "fd00:ec2::254", "unique-local" }, { "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "unique-local" },
        { "fe80::", "link-local" }, { "fe80::1", "link-local" }, { "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "link-local" },
        { "fec0::1", "site-local" }, { "feff::1", "site-local" },
        { "ff00::", "multicast" }, { "ff02::1", "multicast" }, { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "multicast" },
        { "1000::1", "reserved IPv6" }, { "4000::1", "reserved IPv6" }, { "e000::1", "reserved IPv6" },
    };

    public static TheoryData<string> PublicAddresses => new()
    {
        "1.1.1.1", "8.8.8.8", "93.184.216.34", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
        "126.255.255.255", "128.0.0.0", "168.63.129.15", "168.63.129.17", "169.253.255.255", "169.255.0.0",
        "172.15.255.255", "172.32.0.0", "192.0.1.255", "192.0.3.0", "192.167.255.255", "192.169.0.0",
        "198.17.255.255", "198.20.0.0", "223.255.255.255",
        "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450::1", "2000::", "3ffe::1",
        "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
    };

    [Theory]
    [MemberData(nameof(RefusedIPv4))]
    public void Classify_IPv4InARefusedRange_NamesTheRange(string address, string range)
    {
        Assert.Contains(range, SpecialAddresses.Classify(IPAddress.Parse(address)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedIPv6))]
    public void Classify_IPv6InARefusedRange_NamesTheRange(string address, string range)
    {
        Assert.Contains(range, SpecialAddresses.Classify(IPAddress.Parse(address)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedIPv4))]
    public void Classify_IPv4MappedFormOfARefusedAddress_IsRefusedAsTheSameRange(string address, string range)
    {
        var mapped = IPAddress.Parse(address).MapToIPv6();

        var verdict = SpecialAddresses.Classify(mapped);

        Assert.StartsWith("IPv4-mapped", verdict, StringComparison.Ordinal);
        Assert.Contains(range, verdict, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("64:ff9b::7f00:1", "NAT64 loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "NAT64 link-local")]
    [InlineData("64:ff9b::c0a8:101", "NAT64 private")]
    [InlineData("2002:7f00:1::", "6to4 loopback")]
    [InlineData("2002:a9fe:a9fe::1", "6to4 link-local")]
    [InlineData("2002:0a00:0001::", "6to4 private")]
    public void Classify_IPv6FormsCarryingARefusedIPv4Address_AreRefused(string address, string verdict)
    {
        Assert.StartsWith(verdict, SpecialAddresses.Classify(IPAddress.Parse(address)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PublicAddresses))]
    public void Classify_PublicUnicastAddress_IsAllowed(string address)
    {
        Assert.Null(SpecialAddresses.Classify(IPAddress.Parse(address)));
    }

    [Fact]
    public void Canonical_IPv4MappedAddress_IsItsIPv4Address()
    {
        Assert.Equal(IPAddress.Parse("10.1.2.3"), SpecialAddresses.Canonical(IPAddress.Parse("::ffff:10.1.2.3")));
        Assert.Equal(IPAddress.Parse("2001:4860::1"), SpecialAddresses.Canonical(IPAddress.Parse("2001:4860::1")));
    }
}
