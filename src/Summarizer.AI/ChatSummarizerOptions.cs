namespace Summarizer.AI;

/// <summary>
/// Limits of the model engine that do not depend on how the chat client is reached: the model's context window, the
/// answer size, and the one time budget every request, retry and wait for an article shares.
/// </summary>
public sealed record ChatSummarizerOptions
{
    /// <summary>Model or deployment name, recorded in every summary and part of the fingerprint.</summary>
    public required string Model { get; init; }

    /// <summary>Tokens the model accepts per request, prompt and answer together (128k for the GPT-4o family).</summary>
    public int ContextWindowTokens { get; init; } = 128_000;

    /// <summary>Most tokens of article text one request carries; longer articles are map-reduced. Also caps cost per call.</summary>
    public int MaxInputTokens { get; init; } = 100_000;

    /// <summary>Most tokens the model may answer with; the JSON summary needs well under a thousand.</summary>
    public int MaxOutputTokens { get; init; } = 2_000;

    /// <summary>Everything for one article (requests, retries, waits) must finish within this, or the engine gives up.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>One request may take at most this long (less when the budget has less left).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Most tries of one model request (the first and its retries), whatever time is left: with the time budget, what
    /// bounds the requests an article costs when the service keeps failing. Four, as the Azure SDKs' default of three
    /// retries.
    /// </summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First back-off after a 408/5xx/timeout without a Retry-After; doubles each time up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Map-reduce rounds allowed before a document counts as too long to summarise.</summary>
    public int MaxReduceRounds { get; init; } = 3;

    /// <summary>
    /// Chunks of a long article summarised at once. Model calls take seconds each, so running a few together keeps a
    /// long article inside the time budget; more would mostly collect 429s.
    /// </summary>
    public int MaxConcurrentRequests { get; init; } = 4;
}
