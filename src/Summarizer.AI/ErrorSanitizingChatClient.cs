using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Summarizer.AI;

/// <summary>
/// The innermost layer of the engine's chat client: whatever the SDK throws (its exception message is the service's
/// raw error body, and the model may be a proxy that echoes the request, api-key and article included) is replaced by
/// a <see cref="ModelServiceException"/> built by <see cref="ModelFailureReader"/>, before the telemetry layer above
/// puts the message on a span or anything logs it. Cancellation passes through untouched.
/// </summary>
internal sealed class ErrorSanitizingChatClient(IChatClient innerClient, TimeProvider time, string? secret) : DelegatingChatClient(innerClient)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw ModelFailureReader.Read(ex, time.GetUtcNow(), secret);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw ModelFailureReader.Read(ex, time.GetUtcNow(), secret);
                }

                yield return updates.Current;
            }
        }
    }
}
