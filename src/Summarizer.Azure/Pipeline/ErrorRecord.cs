namespace Summarizer.Azure.Pipeline;

/// <summary>
/// Written to <c>summaries/{name}.error.json</c> when an article cannot be summarised for good (bad input, content the
/// engine refuses). Retrying would fail the same way, so the failure is recorded instead of retried.
/// </summary>
public sealed record ErrorRecord
{
    public string Status { get; init; } = "failed";

    public required string Code { get; init; }

    public required string Message { get; init; }

    public required string Name { get; init; }

    public required string SourceEtag { get; init; }

    public required DateTimeOffset SourceLastModified { get; init; }

    /// <summary>SHA-256 of the article's bytes, when they were read.</summary>
    public string? ContentSha256 { get; init; }

    public required string Fingerprint { get; init; }

    public required DateTimeOffset FailedAt { get; init; }
}
