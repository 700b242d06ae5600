namespace Summarizer.AI;

/// <summary>The engines <c>Summarizer:Engine</c> can name.</summary>
public enum EngineKind
{
    /// <summary><c>extractive</c>: the embedded engine (offline, deterministic; the default).</summary>
    Extractive,

    /// <summary><c>azure-openai</c>: a model deployment, with the extractive engine as fallback unless turned off.</summary>
    AzureOpenAI,
}
