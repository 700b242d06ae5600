using Summarizer.Core;
using Summarizer.Core.Ingestion;

namespace Summarizer.AI;

/// <summary>
/// The most article text one summarise request may send to the model engine, checked before any model call, so an
/// article that could never fit the deployment's quota is refused with <c>input_too_large</c> (HTTP 413) instead of
/// failing after spending part of it. With the engine's limits (<see cref="For"/>) an article must also fit one round of
/// parts: no more parts than <see cref="ChatSummarizerOptions.MaxConcurrentRequests"/>, since parts are cut between
/// paragraphs and a few long paragraphs can take more parts than their length suggests. <see cref="Unlimited"/> stands
/// for engines without a quota (the extractive one).
/// </summary>
public sealed class ArticleTokenBudget
{
    private readonly ArticleDecoder? _decoder;
    private readonly ChatSummarizerOptions? _engineLimits;
    private readonly TokenCounter _tokens = new();
    private readonly int _surelyFitsTokens;

    private ArticleTokenBudget(int? maxTokens, ArticleDecoder? decoder, ChatSummarizerOptions? engineLimits)
    {
        MaxTokens = maxTokens;
        _decoder = decoder;
        _engineLimits = engineLimits;
        _surelyFitsTokens = engineLimits is null || maxTokens is null
            ? maxTokens ?? 0
            : Math.Min(maxTokens.Value, ChatClientSummarizer.InputBudget(engineLimits, PromptKind.Summarize, _tokens));
    }

    /// <summary>No limit: every article passes without being decoded or counted.</summary>
    public static ArticleTokenBudget Unlimited { get; } = new(null, null, null);

    /// <summary>Most tokens of article text accepted; <see langword="null"/> when unlimited.</summary>
    public int? MaxTokens { get; }

    /// <summary>A budget of <paramref name="maxTokens"/> article tokens, measured on the text the decoder extracts.</summary>
    public static ArticleTokenBudget Of(int maxTokens, ArticleDecoder decoder)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 1);
        ArgumentNullException.ThrowIfNull(decoder);
        return new ArticleTokenBudget(maxTokens, decoder, null);
    }

    /// <summary>
    /// The budget the Azure OpenAI settings give: <see cref="AzureOpenAIOptions.EffectiveMaxArticleTokens"/>, in at most
    /// one round of parts under <see cref="AzureOpenAIOptions.Limits"/>.
    /// </summary>
    public static ArticleTokenBudget For(AzureOpenAIOptions options, ArticleDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EffectiveMaxArticleTokens, 1);
        ArgumentNullException.ThrowIfNull(decoder);
        return new ArticleTokenBudget(options.EffectiveMaxArticleTokens, decoder, options.Limits);
    }

    /// <summary>
    /// Throws <see cref="SummarizerException"/> with <see cref="ErrorCodes.InputTooLarge"/> when the article's text is
    /// over the budget. Decoding errors (empty, unsupported, too many bytes) surface as the decoder's own errors.
    /// </summary>
    public void EnsureFits(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (MaxTokens is not { } max)
        {
            return;
        }

        // A token covers at least one UTF-8 byte of text, and the text of a body never takes more than twice its bytes
        // in UTF-8 (UTF-16 input is the worst case, two bytes becoming up to three; markup only shrinks). So a body of
        // at most half the budget in bytes fits without being decoded (and, with the engine's limits, in one request);
        // only longer ones pay for a decode and a count.
        if (input.Content.Length <= _surelyFitsTokens / 2)
        {
            return;
        }

        var text = _decoder!.Decode(input).Text;
        var tokens = _tokens.Count(text);
        if (tokens > max)
        {
            throw new SummarizerException(ErrorCodes.InputTooLarge,
                $"The article is {tokens} tokens long; this deployment summarises at most {max} tokens per request "
                + $"(AzureOpenAI:MaxArticleTokens, set from the model's tokens-per-minute quota). Send a shorter article or a part of it.");
        }

        if (_engineLimits is not { } limits)
        {
            return;
        }

        // Parts beyond one round would run after the first ones, in the same minute of quota.
        var parts = ChatClientSummarizer.PartCount(text, limits, _tokens);
        if (parts > limits.MaxConcurrentRequests)
        {
            throw new SummarizerException(ErrorCodes.InputTooLarge,
                $"The article is {tokens} tokens long, but its paragraphs split into {parts} parts and this deployment "
                + $"summarises at most {limits.MaxConcurrentRequests} parts per request (AzureOpenAI:MaxConcurrentRequests "
                + "and AzureOpenAI:MaxInputTokens, set from the model's tokens-per-minute quota). Send a shorter article or a part of it.");
        }
    }
}
