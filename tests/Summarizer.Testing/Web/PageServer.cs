using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;

namespace Summarizer.Testing.Web;

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 (a free port) that plays the web for link tests: pages, redirects, error
/// statuses, answers that never come, bodies that drip or never end. Written on raw sockets so a test controls every
/// byte and every delay; each answer closes its connection. It only ever listens on loopback.
/// </summary>
public sealed class PageServer : IAsyncDisposable
{
    /// <summary>Writes the whole answer (status line, headers, body) for one request.</summary>
    public delegate Task Handler(PageRequest request, Stream connection, CancellationToken stopping);

    private readonly LoopbackListener _listener;
    private readonly ConcurrentDictionary<string, Handler> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PageRequest> _requests = new();
    private long _bodyBytesSent;

    public PageServer() => _listener = new LoopbackListener(0, ServeAsync);

    public int Port => _listener.Port;

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<PageRequest> Requests => [.. _requests];

    /// <summary>Body bytes written by <see cref="Endless"/> and <see cref="Drip"/> answers so far.</summary>
    public long BodyBytesSent => Interlocked.Read(ref _bodyBytesSent);

    public Uri Url(string target) => new($"http://127.0.0.1:{Port}{target}");

    /// <summary>Answers requests for <paramref name="target"/> (path and query, exactly) with <paramref name="handler"/>.</summary>
    public PageServer Map(string target, Handler handler)
    {
        _routes[target] = handler;
        return this;
    }

    public PageServer Page(string target, string? contentType, byte[] body, int status = 200, params (string Name, string Value)[] headers) =>
        Map(target, (_, connection, stopping) => WriteAsync(connection, status, contentType, body, headers, stopping));

    public PageServer Page(string target, string contentType, string body, params (string Name, string Value)[] headers) =>
        Page(target, contentType, Encoding.UTF8.GetBytes(body), 200, headers);

    public PageServer Redirect(string target, string location, int status = 302) =>
        Page(target, null, [], status, ("Location", location));

    /// <summary>Reads the request and never answers, until the server stops.</summary>
    public PageServer Silent(string target) =>
        Map(target, async (_, _, stopping) => await Task.Delay(Timeout.Infinite, stopping));

    /// <summary>Sends headers, then one byte every <paramref name="interval"/> until the client goes away.</summary>
    public PageServer Drip(string target, TimeSpan interval) =>
        Map(target, async (_, connection, stopping) =>
        {
            await WriteHeadAsync(connection, 200, "text/html", null, [], stopping);
            while (!stopping.IsCancellationRequested)
            {
                await connection.WriteAsync("<"u8.ToArray(), stopping);
                await connection.FlushAsync(stopping);
                Interlocked.Increment(ref _bodyBytesSent);
                await Task.Delay(interval, stopping);
            }
        });

    /// <summary>An HTML body without end and without a declared length, written as fast as the client reads.</summary>
    public PageServer Endless(string target, string contentType = "text/html") =>
        Map(target, async (_, connection, stopping) =>
        {
            await WriteHeadAsync(connection, 200, contentType, null, [], stopping);
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>More words. </p>", 3000)));
            while (!stopping.IsCancellationRequested)
            {
                await connection.WriteAsync(chunk, stopping);
                Interlocked.Add(ref _bodyBytesSent, chunk.Length);
            }
        });

    /// <summary>Status line and headers; <paramref name="length"/> null leaves the body to end with the connection.</summary>
    public static async Task WriteHeadAsync(Stream connection, int status, string? contentType, long? length,
        IEnumerable<(string Name, string Value)> headers, CancellationToken cancellationToken)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} Status\r\nConnection: close\r\n");
        if (contentType is not null)
        {
            head.Append($"Content-Type: {contentType}\r\n");
        }

        if (length is not null)
        {
            head.Append($"Content-Length: {length}\r\n");
        }

        foreach (var (name, value) in headers)
        {
            head.Append($"{name}: {value}\r\n");
        }

        await connection.WriteAsync(Encoding.Latin1.GetBytes(head.Append("\r\n").ToString()), cancellationToken);
    }

    public static async Task WriteAsync(Stream connection, int status, string? contentType, byte[] body,
        IEnumerable<(string Name, string Value)> headers, CancellationToken cancellationToken)
    {
        await WriteHeadAsync(connection, status, contentType, body.Length, headers, cancellationToken);
        await connection.WriteAsync(body, cancellationToken);
    }

    public ValueTask DisposeAsync() => _listener.DisposeAsync();

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        using (client)
        {
            try
            {
                var connection = client.GetStream();
                var request = await ReadRequestAsync(connection, stopping);
                if (request is null)
                {
                    return;
                }

                _requests.Enqueue(request);
                var handler = _routes.GetValueOrDefault(request.Target)
                    ?? ((_, stream, stopping) => WriteAsync(stream, 404, "text/plain", "not here"u8.ToArray(), [], stopping));
                await handler(request, connection, stopping);
                await connection.FlushAsync(stopping);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away (the point of several tests) or the server is stopping.
            }
        }
    }

    private static async Task<PageRequest?> ReadRequestAsync(Stream connection, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var total = 0;
        int end;
        while ((end = buffer.AsSpan(0, total).IndexOf("\r\n\r\n"u8)) < 0)
        {
            var read = await connection.ReadAsync(buffer.AsMemory(total), cancellationToken);
            if (read == 0 || (total += read) == buffer.Length)
            {
                return null;
            }
        }

        var lines = Encoding.Latin1.GetString(buffer, 0, end).Split("\r\n");
        var parts = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new PageRequest(parts[0], parts.Length > 1 ? parts[1] : "/", headers);
    }
}
