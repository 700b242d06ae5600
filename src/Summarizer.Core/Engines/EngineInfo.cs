using System.Text.Json.Serialization;

namespace Summarizer.Core.Engines;

/// <summary>Provenance of a summary: which engine wrote it, with which options, and how.</summary>
public sealed record EngineInfo
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    /// <summary>The options as <see cref="SummaryOptions.Describe"/> renders them.</summary>
    public required string Options { get; init; }

    /// <summary>Model or deployment name (model engines only).</summary>
    public string? Model { get; init; }

    public string? PromptVersion { get; init; }

    public TokenUsage? Usage { get; init; }

    /// <summary>Set when the configured engine failed and another one wrote this summary; says why.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>
    /// True when the configured engine failed and a fallback engine wrote this summary (<see cref="FallbackReason"/>
    /// says why). A degraded summary is stored under the fallback's fingerprint, so it never passes for the configured
    /// engine's work and the next run tries that engine again. Written only when true.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Degraded => FallbackReason is not null;

    /// <summary>Identifies engine, version and options; a stored summary with another fingerprint is out of date.</summary>
    public string Fingerprint => $"{Name}/{Version}/{Options}";
}
