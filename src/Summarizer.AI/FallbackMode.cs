namespace Summarizer.AI;

/// <summary>What the engine does when the model fails for good (setting <c>Summarizer:Fallback</c>).</summary>
public enum FallbackMode
{
    /// <summary>Write the extractive summary, marked with the reason (the default).</summary>
    Extractive,

    /// <summary>Let the error through: the host records a permanent error or retries a transient one.</summary>
    None,
}
