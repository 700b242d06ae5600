namespace Summarizer.AI;

/// <summary>
/// Error codes only the model engine raises, alongside <see cref="Core.ErrorCodes"/>. Stable for the same reason: they
/// appear in error records and fallback reasons.
/// </summary>
public static class AIErrorCodes
{
    /// <summary>The service said the request was over the model's context window even after chunking.</summary>
    public const string ContextLengthExceeded = "context_length_exceeded";

    /// <summary>The model stopped at the output token limit, so its JSON is incomplete.</summary>
    public const string TruncatedOutput = "truncated_output";

    /// <summary>Map-reduce rounds stopped shrinking the text, so it can never fit the context window.</summary>
    public const string DocumentTooLong = "document_too_long";
}
