namespace Summarizer.Core.Languages;

/// <summary>The detector's verdict with the figures behind it, for tests, diagnostics and tuning.</summary>
public sealed record LanguageDetection
{
    /// <summary>ISO 639-1 code, or "und" when the sample was too short, unclear or in an unsupported language.</summary>
    public required string Language { get; init; }

    /// <summary>
    /// 0 to 1. For word-based verdicts, how far the winner is ahead of the runner-up: (best - second) / (best + second),
    /// so 0 is a tie and 1 means no other language scored. For CJK verdicts, the share of CJK characters among letters.
    /// 0 when the language is "und".
    /// </summary>
    public required double Confidence { get; init; }

    /// <summary>Share of sampled words that are function words of <see cref="Language"/> (0 for CJK and "und").</summary>
    public required double Coverage { get; init; }

    /// <summary>
    /// Words read (runs of letters; CJK text has none). Reading stops early, after a paragraph or two, once one language
    /// clearly leads, so this is often less than the whole sample.
    /// </summary>
    public required int WordsSampled { get; init; }

    /// <summary>Per supported language, in <see cref="LanguageCodes.Supported"/> order: weighted evidence per sampled word.</summary>
    public required IReadOnlyDictionary<string, double> Scores { get; init; }
}
