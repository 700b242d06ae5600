using System.Net;

namespace Summarizer.Core.Links;

/// <summary>
/// Hosts and address ranges a fetch may reach although they are not public (an intranet wiki, a test server on
/// loopback): host names matched exactly (case and a trailing dot ignored), any address a listed name resolves to is
/// allowed; addresses and CIDR ranges (<c>10.20.0.0/16</c>, <c>127.0.0.1</c>, <c>fd00::/8</c>) allow the addresses in
/// them, whatever name led there. Empty by default: nothing but public addresses.
/// </summary>
public sealed class NetworkAllowList
{
    private readonly HashSet<string> _hosts;
    private readonly IPNetwork[] _networks;

    private NetworkAllowList(HashSet<string> hosts, IPNetwork[] networks)
    {
        _hosts = hosts;
        _networks = networks;
    }

    public static NetworkAllowList Empty { get; } = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase), []);

    public bool IsEmpty => _hosts.Count == 0 && _networks.Length == 0;

    /// <summary>
    /// Parses a comma- or whitespace-separated list. <paramref name="error"/> names the first entry that is neither a
    /// host name, an address nor a CIDR range.
    /// </summary>
    public static bool TryParse(string? text, out NetworkAllowList list, out string? error)
    {
        list = Empty;
        error = null;
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var networks = new List<IPNetwork>();
        foreach (var entry in (text ?? "").Split([',', ' ', ';', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IPAddress.TryParse(entry.Trim('[', ']'), out var address) && !entry.Contains('/', StringComparison.Ordinal))
            {
                address = SpecialAddresses.Canonical(address);
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else if (entry.Contains('/', StringComparison.Ordinal))
            {
                if (!IPNetwork.TryParse(entry, out var network))
                {
                    error = $"'{entry}' is not a CIDR range such as 10.20.0.0/16.";
                    return false;
                }

                networks.Add(network);
            }
            else if (Uri.CheckHostName(entry) == UriHostNameType.Dns)
            {
                hosts.Add(NormalizeHost(entry));
            }
            else
            {
                error = $"'{entry}' is not a host name, an IP address or a CIDR range.";
                return false;
            }
        }

        list = new NetworkAllowList(hosts, [.. networks]);
        return true;
    }

    /// <summary>True when <paramref name="host"/> is listed by name or <paramref name="address"/> lies in a listed range.</summary>
    public bool Allows(string host, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(address);
        if (_hosts.Count > 0 && _hosts.Contains(NormalizeHost(host)))
        {
            return true;
        }

        var canonical = SpecialAddresses.Canonical(address);
        foreach (var network in _networks)
        {
            if (network.BaseAddress.AddressFamily == canonical.AddressFamily && network.Contains(canonical))
            {
                return true;
            }
        }

        return false;
    }

    private static string NormalizeHost(string host) => host.TrimEnd('.').ToLowerInvariant();
}
