namespace Summarizer.AI;

/// <summary>A model answer that passed <see cref="ModelOutputValidator"/>: trimmed, within limits, nothing foreign.</summary>
internal sealed record ValidatedSummary(
    string? Title,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<string> KeyPhrases,
    string Language);
