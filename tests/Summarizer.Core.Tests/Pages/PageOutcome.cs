namespace Summarizer.Core.Tests.Pages;

/// <summary>What our pipeline made of one corpus page, and the expectations it missed.</summary>
/// <param name="RefusedCode">The decoder's error code when it refused the page, else null.</param>
/// <param name="Text">The extracted main text (empty when refused).</param>
/// <param name="SummaryLines">The summary sentences followed by the key points.</param>
public sealed record PageOutcome(
    CorpusPage Page,
    string? RefusedCode,
    string Text,
    IReadOnlyList<string> SummaryLines,
    IReadOnlyList<PageGap> Gaps);
