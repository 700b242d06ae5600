using System.Net;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Links;

/// <summary>
/// What a fetch may do, and the checks that enforce it, with no I/O: which URLs may be asked for (http or https, no
/// credentials, an allowed port), which addresses may be connected to (<see cref="SpecialAddresses"/> unless
/// <see cref="AllowList"/> says otherwise), which redirects are followed, which answers are read, and the caps on
/// time and bytes. Every refusal is a <see cref="SummarizerException"/> naming the host, never the path or query,
/// which may hold secrets.
/// </summary>
public sealed record LinkPolicy
{
    public const int DefaultMaxRedirects = 5;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static IReadOnlySet<int> DefaultPorts { get; } = new HashSet<int> { 80, 443 };

    public IReadOnlySet<int> AllowedPorts { get; init; } = DefaultPorts;

    public NetworkAllowList AllowList { get; init; } = NetworkAllowList.Empty;

    public int MaxRedirects { get; init; } = DefaultMaxRedirects;

    /// <summary>Time for the whole fetch: every connection, redirect and byte of the body.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Most body bytes read (after any content encoding is undone); more is <c>input_too_large</c>.</summary>
    public long MaxBytes { get; init; } = IngestionOptions.DefaultMaxInputBytes;

    public static LinkPolicy Default { get; } = new();

    /// <summary>The absolute URL <paramref name="text"/> names, if this policy lets it be fetched.</summary>
    public Uri CheckUrl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url))
        {
            throw NotAllowed("The link is not an absolute URL such as https://example.com/page.");
        }

        return CheckUrl(url);
    }

    /// <summary><paramref name="url"/> itself, if this policy lets it be fetched: http or https, no credentials, an allowed port.</summary>
    public Uri CheckUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw NotAllowed(url.IsAbsoluteUri
                ? $"Only http and https links are fetched, not {url.Scheme}."
                : "The link is not an absolute URL such as https://example.com/page.");
        }

        if (url.UserInfo.Length > 0)
        {
            throw NotAllowed($"The link to {url.IdnHost} carries a user name or password; links with credentials are not fetched.");
        }

        if (url.IdnHost.Length == 0)
        {
            throw NotAllowed("The link names no host.");
        }

        if (!AllowedPorts.Contains(url.Port))
        {
            throw NotAllowed($"Port {url.Port} of {url.IdnHost} is not an allowed port ({PortList()}); Fetch__AllowedPorts lists them.");
        }

        // A literal address is judged now, before any connection is attempted.
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(url.IdnHost, out var literal))
        {
            CheckAddress(url.IdnHost, literal);
        }

        return url;
    }

    /// <summary>Throws <c>url_not_allowed</c> unless <paramref name="address"/>, which <paramref name="host"/> resolved to, may be connected to.</summary>
    public void CheckAddress(string host, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(address);
        if (SpecialAddresses.Classify(address) is { } range && !AllowList.Allows(host, address))
        {
            var what = IPAddress.TryParse(host.Trim('[', ']'), out _) ? $"{host} is" : $"{host} resolves to {address},";
            throw NotAllowed($"{what} a {range} address; only public addresses are fetched unless Fetch__AllowedHosts lists the host or range.");
        }
    }

    /// <summary>
    /// The URL a redirect answer leads to, checked like the first one, or an error: a redirect with no usable
    /// <c>Location</c>, or more than <see cref="MaxRedirects"/> of them.
    /// </summary>
    public Uri NextHop(Uri current, int status, string? location, int redirectsSoFar)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!IsRedirect(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a redirect status.");
        }

        if (redirectsSoFar >= MaxRedirects)
        {
            throw new SummarizerException(ErrorCodes.FetchFailed,
                $"{current.IdnHost} redirected more than {MaxRedirects} times; the page was not fetched.");
        }

        if (string.IsNullOrWhiteSpace(location) || !Uri.TryCreate(current, location.Trim(), out var next))
        {
            throw new SummarizerException(ErrorCodes.FetchFailed, $"{current.IdnHost} answered {status} without a usable Location.");
        }

        return CheckUrl(next);
    }

    /// <summary>The redirects a GET follows: 301, 302, 303, 307 and 308.</summary>
    public static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    /// <summary>
    /// True when an error status says "not now" rather than "not this page": 408, 429 and every 5xx. A stored link
    /// article that meets one is retried, not recorded as failed; 404, 410, 403 and the like are its answer.
    /// </summary>
    public static bool IsTransientStatus(int status) => status is 408 or 429 or >= 500;

    /// <summary>
    /// Throws <c>unsupported_media_type</c> unless an answer of this Content-Type is one the decoders read: HTML, text,
    /// Markdown, JSON, PDF or Word, or no type or a generic one, which the bytes then decide.
    /// </summary>
    public static void CheckMediaType(string host, string? contentType)
    {
        if (!ArticleFormats.Accepts(contentType))
        {
            var mediaType = ArticleFormats.MediaTypeOf(contentType).ToString();
            throw new SummarizerException(ErrorCodes.UnsupportedMediaType,
                $"{host} answered with {Printable(mediaType)}; only {ArticleFormats.SupportedList} pages are read.");
        }
    }

    private string PortList() => string.Join(", ", AllowedPorts.Order());

    // The type came from a server: keep it short and printable before it goes into a message.
    private static string Printable(string text)
    {
        var clean = new string([.. text.Where(c => c is > ' ' and < (char)127).Take(80)]);
        return clean.Length == 0 ? "an unnamed type" : clean;
    }

    private static SummarizerException NotAllowed(string message) => new(ErrorCodes.UrlNotAllowed, message);
}
