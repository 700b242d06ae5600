namespace Summarizer.AI;

/// <summary>Why one request failed, as the retry loop needs it.</summary>
/// <param name="Description">Short, secret-free description for logs and messages, e.g. <c>HTTP 503</c>.</param>
/// <param name="RetryAfter">The wait the service asked for, if it named one.</param>
internal sealed record ChatFailure(string Description, TimeSpan? RetryAfter);
