namespace Summarizer.Core.Engines;

/// <summary>What an engine returns for one article; <see cref="Documents.SummaryDocumentFactory"/> adds stats and provenance.</summary>
public sealed record Summary
{
    public string? Title { get; init; }

    /// <summary>The summary, one sentence per item, in reading order.</summary>
    public required IReadOnlyList<string> Sentences { get; init; }

    public required IReadOnlyList<string> KeyPoints { get; init; }

    public required IReadOnlyList<KeyPhrase> KeyPhrases { get; init; }

    public required IReadOnlyList<KeySentence> KeySentences { get; init; }

    /// <summary>ISO 639-1 code of the article's language, or <c>und</c> when it could not be told.</summary>
    public required string Language { get; init; }

    public required EngineInfo Engine { get; init; }
}
