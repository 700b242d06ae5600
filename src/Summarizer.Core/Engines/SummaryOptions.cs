using System.Globalization;

namespace Summarizer.Core.Engines;

/// <summary>
/// What the caller asks of an engine. At most one of <see cref="Sentences"/>, <see cref="Words"/> and
/// <see cref="Ratio"/> may be set; when none is, <see cref="Length"/> decides.
/// </summary>
public sealed record SummaryOptions
{
    public const int MaxSentences = 100;

    public LengthPreset Length { get; init; } = LengthPreset.Medium;

    /// <summary>Exact number of summary sentences (fewer only when the article has fewer).</summary>
    public int? Sentences { get; init; }

    /// <summary>Word budget: the summary never exceeds it, except that it always holds at least one sentence.</summary>
    public int? Words { get; init; }

    /// <summary>Word budget as a fraction (0, 1] of the article's words.</summary>
    public double? Ratio { get; init; }

    /// <summary>Language to write the summary in (abstractive engines only); null keeps the article's language.</summary>
    public string? Language { get; init; }

    public static SummaryOptions Default { get; } = new();

    /// <summary>Throws <see cref="SummarizerException"/> with <see cref="ErrorCodes.InvalidOptions"/> when the options contradict each other.</summary>
    public SummaryOptions Validate()
    {
        var set = (Sentences is null ? 0 : 1) + (Words is null ? 0 : 1) + (Ratio is null ? 0 : 1);
        if (set > 1)
        {
            throw Invalid("Choose only one of sentences, words and ratio.");
        }

        if (Sentences is < 1 or > MaxSentences)
        {
            throw Invalid($"sentences must be between 1 and {MaxSentences}.");
        }

        if (Words is < 1)
        {
            throw Invalid("words must be at least 1.");
        }

        if (Ratio is not null && (double.IsNaN(Ratio.Value) || Ratio <= 0 || Ratio > 1))
        {
            throw Invalid("ratio must be greater than 0 and at most 1.");
        }

        if (!Enum.IsDefined(Length))
        {
            throw Invalid("length must be short, medium or long.");
        }

        return this;
    }

    /// <summary>
    /// A short, stable description of the options, e.g. <c>length=medium</c> or <c>sentences=3</c>. Part of the engine
    /// fingerprint that decides whether a stored summary is still up to date.
    /// </summary>
    public string Describe()
    {
        var size = Sentences is { } s ? $"sentences={s}"
            : Words is { } w ? $"words={w}"
            : Ratio is { } r ? $"ratio={r.ToString("0.####", CultureInfo.InvariantCulture)}"
            : $"length={Length.ToString().ToLowerInvariant()}";
        return Language is null ? size : $"{size};language={Language}";
    }

    public static bool TryParseLength(string? value, out LengthPreset preset)
    {
        preset = LengthPreset.Medium;
        return value is not null
            && Enum.TryParse(value, ignoreCase: true, out preset)
            && Enum.IsDefined(preset)
            && !int.TryParse(value, out _);
    }

    private static SummarizerException Invalid(string message) => new(ErrorCodes.InvalidOptions, message);
}
