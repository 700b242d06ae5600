using System.Net;
using System.Net.Sockets;
using Summarizer.Core;
using Summarizer.Core.Links;

namespace Summarizer.Links;

/// <summary>
/// The HTTP handler's <c>ConnectCallback</c>: resolves the host once, checks every address it resolved to against the
/// policy before connecting anywhere (one private address among public ones refuses the host, since a later lookup
/// could pick it), then connects to a checked address and to nothing else. The handler never resolves the name
/// itself, so a DNS answer that changes between the check and the connection (rebinding) cannot redirect it.
/// </summary>
internal sealed class GuardedConnector(LinkPolicy policy, IAddressResolver resolver, ISocketConnector connector)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        var addresses = await ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        foreach (var address in addresses)
        {
            policy.CheckAddress(host, address);
        }

        SocketException? failure = null;
        foreach (var address in addresses.Select(SpecialAddresses.Canonical).Distinct())
        {
            try
            {
                return await connector.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                failure = ex;
            }
        }

        throw new SummarizerException(ErrorCodes.FetchFailed,
            $"Could not connect to {host}: {Describe(failure?.SocketErrorCode)}.", innerException: failure);
    }

    private async ValueTask<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return [literal];
        }

        IReadOnlyList<IPAddress> addresses;
        try
        {
            addresses = await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            throw new SummarizerException(ErrorCodes.FetchFailed, $"The host {host} could not be found ({Describe(ex.SocketErrorCode)}).", innerException: ex);
        }

        return addresses.Count > 0
            ? addresses
            : throw new SummarizerException(ErrorCodes.FetchFailed, $"The host {host} resolves to no address.");
    }

    private static string Describe(SocketError? error) => error switch
    {
        SocketError.ConnectionRefused => "the connection was refused",
        SocketError.HostNotFound or SocketError.NoData => "no such host",
        SocketError.TimedOut => "the connection timed out",
        SocketError.HostUnreachable or SocketError.NetworkUnreachable => "the host is unreachable",
        SocketError.TryAgain => "the name server did not answer",
        null => "no address could be tried",
        _ => "the connection failed",
    };
}
