using Summarizer.Core;

namespace Summarizer.Links;

/// <summary>
/// Reads a response body up to a byte cap and no further: a declared length over the cap is refused unread, and an
/// undeclared one is read into a buffer that grows to at most cap + 1 bytes, so a 10 GB answer costs what a
/// cap-sized one does before it is refused. The caller's token bounds the time, so a body that drips slowly ends there.
/// </summary>
internal static class BoundedBody
{
    private const int InitialBuffer = 64 * 1024;

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpContent content, long maxBytes, string host, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            throw TooLarge(host, maxBytes, $"it declares {declared:N0}");
        }

        var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var buffer = new byte[Math.Min(limit, Math.Max(4096, content.Headers.ContentLength ?? InitialBuffer))];
        var total = 0;
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            while (total < limit)
            {
                if (total == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.AsMemory(0, total);
                }

                total += read;
            }
        }

        throw TooLarge(host, maxBytes, "more arrived; the rest was not read");
    }

    private static SummarizerException TooLarge(string host, long maxBytes, string what) =>
        new(ErrorCodes.InputTooLarge, $"The page at {host} is larger than the limit of {maxBytes:N0} bytes ({what}).");
}
