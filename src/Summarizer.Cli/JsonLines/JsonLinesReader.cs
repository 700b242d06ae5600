using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli.JsonLines;

/// <summary>
/// Streams the lines of a JSON Lines file without loading the file: memory stays at one read buffer plus the lines the
/// caller still holds. A line longer than the limit is skipped as it streams past and reported as too long, so one
/// oversized record cannot exhaust memory.
/// </summary>
internal static class JsonLinesReader
{
    private const int ReadBufferBytes = 256 * 1024;
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The longest line worth holding for records whose text may be up to the ingestion limit: a JSON string can spell
    /// each byte as a six-character escape, plus room for the other fields.
    /// </summary>
    public static long LineLimitFor(IngestionOptions ingestion) => (ingestion.MaxInputBytes * 6) + (64 * 1024);

    public static async IAsyncEnumerable<JsonLine> ReadAsync(Stream stream, long maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: ReadBufferBytes, minimumReadSize: ReadBufferBytes / 4, leaveOpen: true));
        try
        {
            long number = 0;
            long skippedBytes = -1; // >= 0 while skipping the rest of an over-long line
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } newline)
                {
                    var line = buffer.Slice(0, newline);
                    buffer = buffer.Slice(buffer.GetPosition(1, newline));
                    number++;
                    if (skippedBytes >= 0)
                    {
                        yield return new JsonLine(number, null, skippedBytes + line.Length);
                        skippedBytes = -1;
                    }
                    else
                    {
                        yield return ToLine(number, line, maxLineBytes);
                    }
                }

                if (result.IsCompleted)
                {
                    if (skippedBytes >= 0)
                    {
                        yield return new JsonLine(number + 1, null, skippedBytes + buffer.Length);
                    }
                    else if (buffer.Length > 0)
                    {
                        yield return ToLine(number + 1, buffer, maxLineBytes);
                    }

                    break;
                }

                if (skippedBytes >= 0 || buffer.Length > maxLineBytes)
                {
                    skippedBytes = Math.Max(skippedBytes, 0) + buffer.Length;
                    reader.AdvanceTo(buffer.End);
                }
                else
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private static JsonLine ToLine(long number, ReadOnlySequence<byte> line, long maxLineBytes)
    {
        if (line.Length > maxLineBytes)
        {
            return new JsonLine(number, null, line.Length);
        }

        var bytes = line.ToArray();
        var start = number == 1 && bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var end = bytes.Length > start && bytes[^1] == (byte)'\r' ? bytes.Length - 1 : bytes.Length;
        return start == 0 && end == bytes.Length ? new JsonLine(number, bytes, bytes.Length) : new JsonLine(number, bytes[start..end], end - start);
    }
}
