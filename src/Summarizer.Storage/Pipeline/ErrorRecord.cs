using Summarizer.Core.Documents;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// The result of an article that cannot be summarised for good (bad input, content the engine refuses), stored in
/// <c>summaries/{name}.json</c> where its summary would be and told apart from one by <see cref="Status"/>. Retrying
/// would fail the same way, so the failure is recorded instead of retried. Versions before 2.0 wrote it to
/// <c>{name}.error.json</c>, without <see cref="SchemaVersion"/>.
/// </summary>
public sealed record ErrorRecord
{
    public const string FailedStatus = "failed";

    public string SchemaVersion { get; init; } = SummaryDocument.CurrentSchemaVersion;

    public string Status { get; init; } = FailedStatus;

    public required string Code { get; init; }

    public required string Message { get; init; }

    public required string Name { get; init; }

    public required string SourceEtag { get; init; }

    public required DateTimeOffset SourceLastModified { get; init; }

    /// <summary>SHA-256 of the article's bytes, when they were read.</summary>
    public string? ContentSha256 { get; init; }

    public required string Fingerprint { get; init; }

    /// <summary>For a link article whose page answered an error (<c>fetch_failed</c>): the status the server answered.</summary>
    public int? UpstreamStatus { get; init; }

    public required DateTimeOffset FailedAt { get; init; }
}
