using Microsoft.AspNetCore.Http;
using Summarizer.Core;

namespace Summarizer.Functions.Http;

/// <summary>
/// Reads a request body up to a size cap. Reads at most cap + 1 bytes, so an oversized upload is refused after one
/// byte too many instead of after the whole body, and a declared Content-Length over the cap is refused unread.
/// </summary>
public static class CappedBody
{
    /// <summary>The body's bytes; throws <see cref="SummarizerException"/> (<c>input_too_large</c>) when over <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var limit = checked((int)Math.Min(maxBytes + 1, Array.MaxLength));
        var buffer = new byte[Math.Min(limit, (int)Math.Min(request.ContentLength ?? 16 * 1024, limit))];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length == limit)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(total, buffer.Length - total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }

    private static SummarizerException TooLarge(long maxBytes) =>
        new(ErrorCodes.InputTooLarge, $"The body is larger than the limit of {maxBytes:N0} bytes.");
}
