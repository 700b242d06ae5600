using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Cli.Output;

/// <summary>
/// What the CLI knows about one input: its name, the media type it was (or would be) read as, size and SHA-256, and for
/// text the encoding it was read in and where that came from (as a summary document's <c>source</c> has them).
/// </summary>
internal sealed record InputSource(string Name, string? ContentType, long? Length, string? Sha256)
{
    public string? Encoding { get; init; }

    public EncodingSource? EncodingSource { get; init; }

    /// <summary>For a page fetched from a link: the URL, the final URL, fetch time, status and validators.</summary>
    public Core.Documents.LinkInfo? Link { get; init; }
}
