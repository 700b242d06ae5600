using Microsoft.ML.Tokenizers;

namespace Summarizer.AI;

/// <summary>
/// Counts tokens the way the deployment's model does (o200k_base, the GPT-4o family's encoding; the vocabulary ships
/// in a package so counting works offline).
/// </summary>
internal sealed class TokenCounter
{
    /// <summary>Tokens the chat format adds around each message (role and separators), per OpenAI's counting guide.</summary>
    public const int PerMessageOverhead = 4;

    /// <summary>Tokens that prime the assistant's reply.</summary>
    public const int ReplyPriming = 3;

    private static readonly Lazy<Tokenizer> O200kBase = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    private readonly Tokenizer _tokenizer;

    public TokenCounter(Tokenizer? tokenizer = null) => _tokenizer = tokenizer ?? O200kBase.Value;

    public int Count(string text) => text.Length == 0 ? 0 : _tokenizer.CountTokens(text);

    /// <summary>Index into <paramref name="text"/> after the longest prefix of at most <paramref name="maxTokens"/> tokens.</summary>
    public int PrefixLength(string text, int maxTokens) => _tokenizer.GetIndexByTokenCount(text, maxTokens, out _, out _);
}
