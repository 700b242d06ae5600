namespace Summarizer.AI;

/// <summary>
/// Settings of the Azure OpenAI engine, bound from the <c>AzureOpenAI</c> section (environment variables
/// <c>AzureOpenAI__Endpoint</c>, <c>AzureOpenAI__Deployment</c>, …). How to reach the deployment is defined here; the
/// engine's limits (<c>AzureOpenAI__MaxInputTokens</c>, <c>AzureOpenAI__TimeBudget</c>, …) are
/// <see cref="ChatSummarizerOptions"/>, bound from the same section into <see cref="Limits"/>, so each limit and its
/// default is written once. Checked by <see cref="AzureOpenAIOptionsValidator"/> at start-up.
/// </summary>
public sealed class AzureOpenAIOptions
{
    public const string SectionName = "AzureOpenAI";

    /// <summary>The resource endpoint, e.g. <c>https://NAME.openai.azure.com/</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model deployment to call; recorded as the summary's model.</summary>
    public string? Deployment { get; set; }

    /// <summary>API key. When absent the engine authenticates with Entra ID (managed identity or developer sign-in).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Client id of a user-assigned managed identity; absent means the system-assigned one or a developer sign-in.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Context window, token budgets, time budget and back-off (defaults in <see cref="ChatSummarizerOptions"/>). The
    /// model is the deployment, filled in by <see cref="ToChatSummarizerOptions"/>.
    /// </summary>
    public ChatSummarizerOptions Limits { get; set; } = new() { Model = "" };

    /// <summary>
    /// Most tokens of article text one HTTP summarise request may carry; longer articles are refused with
    /// <c>input_too_large</c> (413) before any model call. Unset means the input budget times the concurrency: what one
    /// round of parts summarised at once can hold. The Bicep template sets it from the deployment's tokens-per-minute quota.
    /// </summary>
    public int? MaxArticleTokens { get; set; }

    /// <summary><see cref="MaxArticleTokens"/>, or its default when unset.</summary>
    public int EffectiveMaxArticleTokens =>
        MaxArticleTokens ?? (int)Math.Min(int.MaxValue, (long)Limits.MaxInputTokens * Limits.MaxConcurrentRequests);

    public ChatSummarizerOptions ToChatSummarizerOptions() =>
        Limits with { Model = Deployment ?? throw new InvalidOperationException("AzureOpenAI:Deployment is not set.") };
}
