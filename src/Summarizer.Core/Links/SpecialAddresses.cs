using System.Net;
using System.Net.Sockets;

namespace Summarizer.Core.Links;

/// <summary>
/// Which addresses a fetch must never connect to: everything that is not a public unicast address on the internet.
/// Loopback, private (RFC 1918), shared (CGNAT), link-local (which holds the cloud's instance-metadata service,
/// 169.254.169.254), multicast, unspecified, reserved and documentation ranges, the Azure platform's virtual address,
/// unique-local and site-local IPv6, and any IPv6 outside global unicast (2000::/3). IPv6 forms that carry an IPv4
/// address (IPv4-mapped <c>::ffff:a.b.c.d</c>, NAT64 <c>64:ff9b::a.b.c.d</c>, 6to4 <c>2002:aabb:ccdd::</c>) are judged
/// by the IPv4 address inside them, so <c>::ffff:127.0.0.1</c> is loopback.
/// </summary>
public static class SpecialAddresses
{
    // IANA's special-purpose registries (RFC 6890 and successors): the ranges that are not globally reachable, plus
    // 168.63.129.16, a public address every Azure host answers on for its own platform services.
    private static readonly Range[] IPv4Ranges =
    [
        new("0.0.0.0/8", "unspecified (0.0.0.0/8)"),
        new("10.0.0.0/8", "private (10.0.0.0/8)"),
        new("100.64.0.0/10", "shared address space, CGNAT (100.64.0.0/10)"),
        new("127.0.0.0/8", "loopback (127.0.0.0/8)"),
        new("168.63.129.16/32", "Azure platform (168.63.129.16)"),
        new("169.254.0.0/16", "link-local, where instance metadata lives (169.254.0.0/16)"),
        new("172.16.0.0/12", "private (172.16.0.0/12)"),
        new("192.0.0.0/24", "IETF protocol assignments (192.0.0.0/24)"),
        new("192.0.2.0/24", "documentation (192.0.2.0/24)"),
        new("192.88.99.0/24", "6to4 relay anycast (192.88.99.0/24)"),
        new("192.168.0.0/16", "private (192.168.0.0/16)"),
        new("198.18.0.0/15", "benchmarking (198.18.0.0/15)"),
        new("198.51.100.0/24", "documentation (198.51.100.0/24)"),
        new("203.0.113.0/24", "documentation (203.0.113.0/24)"),
        new("224.0.0.0/4", "multicast (224.0.0.0/4)"),
        new("240.0.0.0/4", "reserved or broadcast (240.0.0.0/4)"),
    ];

    // Checked in order: the narrow ranges inside ::/96 come before it.
    private static readonly Range[] IPv6Ranges =
    [
        new("::/128", "unspecified (::)"),
        new("::1/128", "loopback (::1)"),
        new("::/96", "IPv4-compatible, deprecated (::/96)"),
        new("64:ff9b:1::/48", "local-use NAT64 (64:ff9b:1::/48)"),
        new("100::/64", "discard-only (100::/64)"),
        new("2001::/32", "Teredo tunnel (2001::/32)"),
        new("2001:db8::/32", "documentation (2001:db8::/32)"),
        new("3fff::/20", "documentation (3fff::/20)"),
        new("fc00::/7", "unique-local (fc00::/7)"),
        new("fe80::/10", "link-local (fe80::/10)"),
        new("fec0::/10", "site-local, deprecated (fec0::/10)"),
        new("ff00::/8", "multicast (ff00::/8)"),
    ];

    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>
    /// The refused range <paramref name="address"/> lies in, named for a person ("loopback (127.0.0.0/8)"), or null when
    /// it is a public unicast address a fetch may connect to.
    /// </summary>
    public static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Find(IPv4Ranges, address);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an IP address";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return Embedded("IPv4-mapped", address.MapToIPv4());
        }

        if (Nat64.Contains(address))
        {
            return Embedded("NAT64", EmbeddedIPv4(address, 12));
        }

        if (SixToFour.Contains(address))
        {
            return Embedded("6to4", EmbeddedIPv4(address, 2));
        }

        return Find(IPv6Ranges, address) ?? (GlobalUnicast.Contains(address) ? null : "reserved IPv6 (outside 2000::/3)");
    }

    /// <summary>The address a connection would really go to: an IPv4-mapped IPv6 address as its IPv4 address.</summary>
    public static IPAddress Canonical(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
    }

    private static string? Embedded(string form, IPAddress inner) =>
        Find(IPv4Ranges, inner) is { } range ? $"{form} {range}" : null;

    private static IPAddress EmbeddedIPv4(IPAddress address, int offset)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        return new IPAddress(bytes.Slice(offset, 4));
    }

    private static string? Find(Range[] ranges, IPAddress address)
    {
        foreach (var range in ranges)
        {
            if (range.Network.Contains(address))
            {
                return range.Name;
            }
        }

        return null;
    }

    private sealed record Range(IPNetwork Network, string Name)
    {
        public Range(string cidr, string name)
            : this(IPNetwork.Parse(cidr), name)
        {
        }
    }
}
