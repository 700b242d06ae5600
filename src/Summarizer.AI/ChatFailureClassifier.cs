using Summarizer.Core;

namespace Summarizer.AI;

/// <summary>
/// Sorts a failed request into transient (worth another try within the budget) or permanent (a
/// <see cref="SummarizerException"/> the fallback can act on at once), from the status, the Azure error code and the
/// wait of the <see cref="ModelServiceException"/> it is read into, never from the text the service sent.
/// </summary>
internal static class ChatFailureClassifier
{
    /// <summary>Returns the transient failure to retry, or throws the permanent <see cref="SummarizerException"/>.</summary>
    /// <param name="exception">One that <see cref="ModelFailureReader.IsServiceFailure"/> accepts.</param>
    /// <param name="now">For a <c>Retry-After</c> given as a date.</param>
    public static ChatFailure ClassifyOrThrow(Exception exception, DateTimeOffset now)
    {
        var failure = ModelFailureReader.Read(exception, now, secret: null);
        var description = failure.Message;
        switch (failure.Status)
        {
            case 0:
                // No answer at all: refused connection, reset, cut short. The next try may well reach it.
                return new ChatFailure(description, RetryAfter: null);
            case 408 or 429 or 500 or 502 or 503 or 504:
                return new ChatFailure(description, failure.RetryAfter);
            case >= 200 and < 300:
                throw new SummarizerException(ErrorCodes.InvalidEngineOutput,
                    $"The model service's answer is not a chat completion ({description}).", innerException: failure);
            case 400 when failure.ErrorCode == "content_filter":
                throw new SummarizerException(ErrorCodes.ContentFiltered,
                    $"The model service's content filter blocked the article ({description}).", innerException: failure);
            case 400 when failure.ErrorCode == "context_length_exceeded":
                throw new SummarizerException(AIErrorCodes.ContextLengthExceeded,
                    $"The model service said the request was over the model's context window ({description}); lower AzureOpenAI:ContextWindowTokens.",
                    innerException: failure);
            case 401 or 403 or 404:
                throw new SummarizerException(ErrorCodes.EngineUnavailable,
                    $"The model service rejected the request ({description}): check the endpoint, deployment and credentials.",
                    innerException: failure);
            default:
                throw new SummarizerException(ErrorCodes.EngineRefused,
                    $"The model service rejected the request ({description}).", innerException: failure);
        }
    }
}
