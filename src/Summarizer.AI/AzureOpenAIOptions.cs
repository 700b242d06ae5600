namespace Summarizer.AI;

/// <summary>
/// Settings of the Azure OpenAI engine, bound from the <c>AzureOpenAI</c> section (environment variables
/// <c>AzureOpenAI__Endpoint</c>, <c>AzureOpenAI__Deployment</c>, …). Checked by <see cref="AzureOpenAIOptionsValidator"/>
/// at start-up.
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

    /// <inheritdoc cref="ChatSummarizerOptions.ContextWindowTokens"/>
    public int ContextWindowTokens { get; set; } = 128_000;

    /// <inheritdoc cref="ChatSummarizerOptions.MaxInputTokens"/>
    public int MaxInputTokens { get; set; } = 100_000;

    /// <inheritdoc cref="ChatSummarizerOptions.MaxOutputTokens"/>
    public int MaxOutputTokens { get; set; } = 2_000;

    /// <summary>
    /// <inheritdoc cref="ChatSummarizerOptions.TimeBudget" path="/summary"/> The default of 120 s keeps an HTTP request
    /// well inside the 230 s the Azure front end allows.
    /// </summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(120);

    /// <inheritdoc cref="ChatSummarizerOptions.RequestTimeout"/>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc cref="ChatSummarizerOptions.InitialBackoff"/>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc cref="ChatSummarizerOptions.MaxBackoff"/>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(20);

    /// <inheritdoc cref="ChatSummarizerOptions.MaxReduceRounds"/>
    public int MaxReduceRounds { get; set; } = 3;

    /// <inheritdoc cref="ChatSummarizerOptions.MaxConcurrentRequests"/>
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>
    /// Most tokens of article text one HTTP summarise request may carry; longer articles are refused with
    /// <c>input_too_large</c> (413) before any model call. Unset means <see cref="MaxInputTokens"/> ×
    /// <see cref="MaxConcurrentRequests"/>: what one round of parts summarised at once can hold. The Bicep template sets
    /// it from the deployment's tokens-per-minute quota.
    /// </summary>
    public int? MaxArticleTokens { get; set; }

    /// <summary><see cref="MaxArticleTokens"/>, or its default when unset.</summary>
    public int EffectiveMaxArticleTokens => MaxArticleTokens ?? (int)Math.Min(int.MaxValue, (long)MaxInputTokens * MaxConcurrentRequests);

    public ChatSummarizerOptions ToChatSummarizerOptions() => new()
    {
        Model = Deployment ?? throw new InvalidOperationException("AzureOpenAI:Deployment is not set."),
        ContextWindowTokens = ContextWindowTokens,
        MaxInputTokens = MaxInputTokens,
        MaxOutputTokens = MaxOutputTokens,
        TimeBudget = TimeBudget,
        RequestTimeout = RequestTimeout,
        InitialBackoff = InitialBackoff,
        MaxBackoff = MaxBackoff,
        MaxReduceRounds = MaxReduceRounds,
        MaxConcurrentRequests = MaxConcurrentRequests,
    };
}
