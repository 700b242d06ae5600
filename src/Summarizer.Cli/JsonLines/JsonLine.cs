namespace Summarizer.Cli.JsonLines;

/// <summary>One line of a JSON Lines file.</summary>
/// <param name="Number">One-based line number, for messages.</param>
/// <param name="Bytes">The line's UTF-8 bytes without the line break; null when the line was too long to hold.</param>
/// <param name="Length">The line's length in bytes (also known when it was too long to hold).</param>
internal readonly record struct JsonLine(long Number, byte[]? Bytes, long Length)
{
    public bool IsTooLong => Bytes is null;
}
