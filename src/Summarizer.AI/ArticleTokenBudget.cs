using Summarizer.Core;
using Summarizer.Core.Ingestion;

namespace Summarizer.AI;

/// <summary>
/// The most article text one summarise request may send to the model engine, checked before any model call, so an
/// article that could never fit the deployment's quota is refused with <c>input_too_large</c> (HTTP 413) instead of
/// failing after spending part of it. <see cref="Unlimited"/> stands for engines without a quota (the extractive one).
/// </summary>
public sealed class ArticleTokenBudget
{
    private readonly ArticleDecoder? _decoder;

    // Only a limited budget counts tokens: loading the tokenizer's vocabulary costs every process that makes a budget
    // (the app and each storage command, whatever the engine) about 0.4 s of CPU and 45 MB.
    private readonly TokenCounter? _tokens;

    private ArticleTokenBudget(int? maxTokens, ArticleDecoder? decoder)
    {
        MaxTokens = maxTokens;
        _decoder = decoder;
        _tokens = maxTokens is null ? null : new TokenCounter();
    }

    /// <summary>No limit: every article passes without being decoded or counted.</summary>
    public static ArticleTokenBudget Unlimited { get; } = new(null, null);

    /// <summary>Most tokens of article text accepted; <see langword="null"/> when unlimited.</summary>
    public int? MaxTokens { get; }

    /// <summary>A budget of <paramref name="maxTokens"/> article tokens, measured on the text the decoder extracts.</summary>
    public static ArticleTokenBudget Of(int maxTokens, ArticleDecoder decoder)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 1);
        ArgumentNullException.ThrowIfNull(decoder);
        return new ArticleTokenBudget(maxTokens, decoder);
    }

    /// <summary>The budget the Azure OpenAI settings give (<see cref="AzureOpenAIOptions.EffectiveMaxArticleTokens"/>).</summary>
    public static ArticleTokenBudget For(AzureOpenAIOptions options, ArticleDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Of(options.EffectiveMaxArticleTokens, decoder);
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

        // A token covers at least one UTF-8 byte of text, and the text of a body never takes more than three times its
        // bytes in UTF-8 (one byte of a legacy encoding, or one undecodable byte read as U+FFFD, can become three; markup
        // only shrinks). So a body of at most a third of the budget in bytes fits without being decoded; only longer
        // ones pay for a decode and a count.
        if (input.Content.Length <= max / 3)
        {
            return;
        }

        var tokens = _tokens!.Count(_decoder!.Decode(input).Text);
        if (tokens > max)
        {
            throw new SummarizerException(ErrorCodes.InputTooLarge,
                $"The article is {tokens} tokens long; this deployment summarises at most {max} tokens per request "
                + $"(AzureOpenAI:MaxArticleTokens, set from the model's tokens-per-minute quota). Send a shorter article or a part of it.");
        }
    }
}
