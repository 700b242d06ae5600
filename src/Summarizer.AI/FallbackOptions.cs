namespace Summarizer.AI;

/// <summary>The fallback setting, read from the shared <c>Summarizer</c> section (<c>Summarizer__Fallback</c>).</summary>
public sealed class FallbackOptions
{
    public const string SectionName = "Summarizer";

    /// <summary><c>extractive</c> (default) or <c>none</c>.</summary>
    public string Fallback { get; set; } = "extractive";

    /// <summary>Parses <see cref="Fallback"/>; null when it is neither value.</summary>
    public FallbackMode? Mode => Fallback.Trim().ToLowerInvariant() switch
    {
        "extractive" => FallbackMode.Extractive,
        "none" => FallbackMode.None,
        _ => null,
    };
}
