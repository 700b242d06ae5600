using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Summarizer.Core;
using Summarizer.Core.Links;

namespace Summarizer.Links;

/// <summary>
/// Fetches one page by GET under a <see cref="LinkPolicy"/>: every URL (the first and each redirect) is checked, every
/// connection goes through <see cref="GuardedConnector"/>, the whole fetch shares one time cap, and the body is read
/// only up to the byte cap, and only for the types the decoders read. No proxy, no cookies, no credentials. Logs name
/// the host and status, never the path, the query or anything the server sent.
/// </summary>
public sealed partial class LinkFetcher : IDisposable
{
    private const string Accept = "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, application/json;q=0.9, "
        + "application/pdf;q=0.8, application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.8, */*;q=0.1";

    private readonly HttpClient _client;
    private readonly LinkPolicy _policy;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public LinkFetcher(LinkPolicy policy, TimeProvider timeProvider, ILogger<LinkFetcher> logger,
        IAddressResolver? resolver = null, ISocketConnector? connector = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        (_policy, _timeProvider, _logger) = (policy, timeProvider, logger);
        var guard = new GuardedConnector(policy, resolver ?? DnsAddressResolver.Instance, connector ?? TcpSocketConnector.Instance);
        _client = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = guard.ConnectAsync,
            UseProxy = false, // a proxy would be the address connected to, and the page's address would go unchecked
            AllowAutoRedirect = false, // every hop is checked here
            UseCookies = false,
            Credentials = null,
            AutomaticDecompression = DecompressionMethods.All, // the byte cap counts decoded bytes
            ConnectTimeout = policy.Timeout,
            MaxResponseDrainSize = 0, // a refused body is not read to keep its connection
            PooledConnectionLifetime = TimeSpan.FromMinutes(1), // resolve and check again now and then
        })
        { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd(Accept);
    }

    /// <summary>"Summarizer/0.1.0 (+link summaries; one page per request)": the product and version every fetch names.</summary>
    public static string UserAgent { get; } = $"Summarizer/{ProductVersion()} (+link summaries; one page per request)";

    public LinkPolicy Policy => _policy;

    /// <summary>
    /// GETs <paramref name="url"/>, following checked redirects. With <paramref name="validators"/>, asks their URL
    /// whether the page changed; a 304 comes back as a page with <see cref="FetchedPage.NotModified"/> and no body.
    /// Throws <see cref="SummarizerException"/>: <c>url_not_allowed</c>, <c>fetch_failed</c> (with
    /// <see cref="SummarizerException.UpstreamStatus"/> for an error status), <c>fetch_timeout</c>,
    /// <c>input_too_large</c> or <c>unsupported_media_type</c>. A timeout and an answer of 408, 429 or 5xx are
    /// transient (<see cref="LinkPolicy.IsTransientStatus"/>): the page may come another time.
    /// </summary>
    public async Task<FetchedPage> FetchAsync(Uri url, PageValidators? validators = null, CancellationToken cancellationToken = default)
    {
        var current = _policy.CheckUrl(url);
        using var deadline = new CancellationTokenSource(_policy.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var started = Stopwatch.GetTimestamp();
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = Request(current, validators);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (!LinkPolicy.IsRedirect(status))
                {
                    var page = await ReadAsync(current, url, response, validators, linked.Token).ConfigureAwait(false);
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    LogFetched(_logger, current.IdnHost, status, page.Content.Length, (long)elapsed.TotalMilliseconds);
                    return page;
                }

                current = _policy.NextHop(current, status, response.Headers.Location?.OriginalString, redirects);
            }
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Logged(current, new SummarizerException(ErrorCodes.FetchTimeout,
                $"The page at {current.IdnHost} did not arrive within {_policy.Timeout.TotalSeconds:0.#} s (Fetch__Timeout).", isTransient: true, innerException: ex));
        }
        catch (SummarizerException ex)
        {
            throw Logged(current, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !linked.IsCancellationRequested)
        {
            throw Logged(current, ex.InnerException as SummarizerException ?? Unreachable(current, ex));
        }
    }

    public void Dispose() => _client.Dispose();

    private static HttpRequestMessage Request(Uri url, PageValidators? validators)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators is not null && validators.Url == url)
        {
            if (validators.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var parsed))
            {
                request.Headers.IfNoneMatch.Add(parsed);
            }

            request.Headers.IfModifiedSince = validators.LastModified;
        }

        return request;
    }

    private async Task<FetchedPage> ReadAsync(Uri current, Uri asked, HttpResponseMessage response, PageValidators? validators, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var fetchedAt = _timeProvider.GetUtcNow();
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified;
        if (status == 304 && validators is not null && validators.Url == current)
        {
            return new FetchedPage(asked, current, status, fetchedAt, null, ReadOnlyMemory<byte>.Empty)
            {
                ETag = etag ?? validators.ETag,
                LastModified = lastModified ?? validators.LastModified,
            };
        }

        if (status is < 200 or > 299)
        {
            throw new SummarizerException(ErrorCodes.FetchFailed, $"{current.IdnHost} answered {status}{Reason(status)}.",
                LinkPolicy.IsTransientStatus(status)) { UpstreamStatus = status };
        }

        var contentType = response.Content.Headers.ContentType?.ToString();
        LinkPolicy.CheckMediaType(current.IdnHost, contentType);
        var body = await BoundedBody.ReadAsync(response.Content, _policy.MaxBytes, current.IdnHost, cancellationToken).ConfigureAwait(false);
        return new FetchedPage(asked, current, status, fetchedAt, contentType, body) { ETag = etag, LastModified = lastModified };
    }

    private SummarizerException Logged(Uri url, SummarizerException error)
    {
        LogNotFetched(_logger, url.IdnHost, error.Code, error.UpstreamStatus);
        return error;
    }

    private static SummarizerException Unreachable(Uri url, Exception ex)
    {
        var what = (ex as HttpRequestException)?.HttpRequestError switch
        {
            HttpRequestError.SecureConnectionError => $"the secure connection to {url.IdnHost} could not be established",
            HttpRequestError.NameResolutionError => $"the host {url.IdnHost} could not be found",
            HttpRequestError.ConnectionError => $"could not connect to {url.IdnHost}",
            HttpRequestError.InvalidResponse => $"{url.IdnHost} sent an answer that is not valid HTTP",
            HttpRequestError.ConfigurationLimitExceeded => $"{url.IdnHost} sent headers larger than allowed",
            _ => $"the connection to {url.IdnHost} ended before the page was complete",
        };
        return new SummarizerException(ErrorCodes.FetchFailed, char.ToUpperInvariant(what[0]) + what[1..] + ".", innerException: ex);
    }

    // Our own name for the status ("Not Found"): the reason phrase a server sends is its text, not ours to repeat.
    private static string Reason(int status) =>
        Enum.IsDefined((HttpStatusCode)status) ? " " + string.Concat(((HttpStatusCode)status).ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString())) : "";

    private static string ProductVersion()
    {
        var version = typeof(LinkPolicy).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched a page from {Host}: {Status}, {Bytes} bytes in {ElapsedMs} ms")]
    private static partial void LogFetched(ILogger logger, string host, int status, int bytes, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Did not fetch a page from {Host}: {ErrorCode} (upstream status {UpstreamStatus})")]
    private static partial void LogNotFetched(ILogger logger, string host, string errorCode, int? upstreamStatus);
}
