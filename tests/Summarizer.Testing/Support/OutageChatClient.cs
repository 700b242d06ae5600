using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Summarizer.Testing;

/// <summary>
/// A chat model that is down (every request fails as a refused connection would) until a test brings it back, then
/// answers every request with the same structured summary. Counts the requests it saw.
/// </summary>
public sealed class OutageChatClient : IChatClient
{
    public const string ModelSentence = "The harbour channel will be dredged from March, with a pause in May for spawning fish.";
    private int _requests;

    public bool IsDown { get; set; } = true;

    public int Requests => Volatile.Read(ref _requests);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _requests);
        if (IsDown)
        {
            throw new HttpRequestException("Connection refused (model endpoint unreachable).");
        }

        var answer = JsonSerializer.Serialize(new
        {
            title = "Harbour dredging approved",
            summary = new[] { ModelSentence },
            keyPoints = new[] { "Dredging starts in March.", "Work pauses for three weeks in May." },
            keyPhrases = new[] { "northern channel", "dredging" },
            language = "en",
        });
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer))
        {
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = 120, OutputTokenCount = 40 },
        });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The summariser does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
