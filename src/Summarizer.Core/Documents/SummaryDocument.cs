using Summarizer.Core.Engines;

namespace Summarizer.Core.Documents;

/// <summary>
/// The stored, versioned result for one article. Readers must check <see cref="SchemaVersion"/>: fields are only ever
/// added within a major version.
/// </summary>
public sealed record SummaryDocument
{
    /// <summary>
    /// 2.0 added <see cref="Status"/>: <c>summaries/{name}.json</c> holds either this document or an error record
    /// (<c>"status": "failed"</c>), so a reader tells them apart by that field. 1.1 added <c>engine.degraded</c>.
    /// Documents of 1.x have no status and are summaries.
    /// </summary>
    public const string CurrentSchemaVersion = "2.0";

    /// <summary>The <see cref="Status"/> of a summary; an error record says <c>failed</c>.</summary>
    public const string SummarizedStatus = "summarized";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    public string Status { get; init; } = SummarizedStatus;

    public string? Title { get; init; }

    /// <summary>The summary as one paragraph.</summary>
    public required string Summary { get; init; }

    /// <summary>The summary, one sentence per item.</summary>
    public required IReadOnlyList<string> SummarySentences { get; init; }

    public required IReadOnlyList<string> KeyPoints { get; init; }

    public required IReadOnlyList<KeyPhrase> KeyPhrases { get; init; }

    public required IReadOnlyList<KeySentence> KeySentences { get; init; }

    public required string Language { get; init; }

    public required DocumentStats Stats { get; init; }

    public required EngineInfo Engine { get; init; }

    public required SourceInfo Source { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
