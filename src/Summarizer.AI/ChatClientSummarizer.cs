using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Telemetry;
using Summarizer.Core.Text;

namespace Summarizer.AI;

/// <summary>
/// The abstractive engine: asks a chat model (any <see cref="IChatClient"/>; in production Azure OpenAI) for a summary
/// as JSON that matches a schema, validates it, and maps it into a <see cref="Summary"/>. Articles over the input budget
/// are map-reduced; key sentences with offsets come from the extractive engine, which also answers alone for articles
/// no longer than the summary asked for.
/// </summary>
public sealed partial class ChatClientSummarizer : ISummarizer
{
    public const string EngineName = "azure-openai";

    /// <summary>Version of this engine's code; the fingerprint adds the model and prompt version to it.</summary>
    public const string EngineVersion = "0.1";

    /// <summary>Safety margin for token counts that are not quite additive (markers, joins).</summary>
    internal const int CountingMargin = 32;

    private readonly IChatClient _chatClient;
    private readonly ChatSummarizerOptions _options;
    private readonly ExtractiveSummarizer _extractive = new();
    private readonly SummaryPrompt _prompt = SummaryPrompt.Instance;
    private readonly TokenCounter _tokens;
    private readonly ArticleChunker _chunker;
    private readonly BudgetedRetry _retry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ChatOptions _chatOptions;
    private readonly Dictionary<PromptKind, int> _inputBudgets;

    public ChatClientSummarizer(IChatClient chatClient, ChatSummarizerOptions options, TimeProvider? timeProvider = null, ILogger<ChatClientSummarizer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model);
        _chatClient = chatClient;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<ChatClientSummarizer>.Instance;
        _tokens = new TokenCounter();
        _chunker = new ArticleChunker(_tokens);
        _retry = new BudgetedRetry(options, _time, _logger);
        _chatOptions = new ChatOptions
        {
            MaxOutputTokens = options.MaxOutputTokens,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(_prompt.Schema, "summary", "A summary of the text between the markers."),
        };

        _inputBudgets = Enum.GetValues<PromptKind>().ToDictionary(kind => kind, kind => Math.Min(
            options.MaxInputTokens,
            options.ContextWindowTokens - options.MaxOutputTokens - _prompt.OverheadTokens(_tokens, kind) - CountingMargin));

        // Fail at start-up, not on the first long article, when the window cannot hold a prompt and a useful chunk.
        var smallest = _inputBudgets.Values.Min();
        if (smallest < MinimumInputTokens)
        {
            throw new ArgumentException(
                $"A {options.ContextWindowTokens}-token context window with {options.MaxOutputTokens} output tokens leaves "
                + $"{smallest} tokens for article text; at least {MinimumInputTokens} are needed.", nameof(options));
        }
    }

    /// <summary>Fewest article tokens per request that still make a sensible chunk.</summary>
    public static int MinimumInputTokens => 256;

    public string Name => EngineName;

    /// <summary>Every call is billed by the token: the storage pipeline claims an article before asking the model.</summary>
    public bool IsCostly => true;

    public string Fingerprint(SummaryOptions options) => Info((options ?? SummaryOptions.Default).Validate(), usage: null).Fingerprint;

    public async Task<Summary> SummarizeAsync(Article article, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        options = (options ?? SummaryOptions.Default).Validate();

        // The requested language is written into the system prompt, and it may come from an HTTP caller.
        if (options.Language is { } language && !LanguageTag().IsMatch(language))
        {
            throw new SummarizerException(ErrorCodes.InvalidOptions, "language must be a language code such as 'fr' or 'pt-BR'.");
        }

        // The extractive pass is cheap and offline: it rejects text with nothing to summarise before any model call,
        // locates the key sentences (offsets a model cannot be trusted to give), and is the answer for short articles.
        var extractive = await _extractive.SummarizeAsync(article, options, cancellationToken).ConfigureAwait(false);
        var sentenceCount = SentenceSplitter.Split(article.Text).Count;
        var wordCount = WordTokenizer.Tokenize(article.Text).Count;
        var length = ModelLengthLimit.Resolve(options, sentenceCount, wordCount);
        if (length.IsCoveredBy(sentenceCount, wordCount))
        {
            Log.ShortArticle(_logger, sentenceCount);
            return extractive with { Engine = Info(options, new TokenUsage(0, 0, 0)) };
        }

        var deadline = new Deadline(_time, _options.TimeBudget);
        var usage = new UsageTally();
        var (text, kind) = await ShrinkToBudgetAsync(article.Text, deadline, usage, cancellationToken).ConfigureAwait(false);
        var answer = await AskAsync(new PromptRequest(kind, text, length, options.Language), deadline, usage, cancellationToken).ConfigureAwait(false);
        var valid = ModelOutputValidator.Validate(answer, length, article.Text);
        var tokenUsage = usage.ToTokenUsage();
        Log.Summarised(_logger, _options.Model, tokenUsage.Requests, tokenUsage.InputTokens, tokenUsage.OutputTokens);
        return new Summary
        {
            Title = article.Title ?? valid.Title,
            Sentences = valid.Sentences,
            KeyPoints = valid.KeyPoints.Count > 0 ? valid.KeyPoints : valid.Sentences,
            KeyPhrases = valid.KeyPhrases.Select((p, i) => new KeyPhrase(p, (double)(valid.KeyPhrases.Count - i) / valid.KeyPhrases.Count)).ToList(),
            KeySentences = extractive.KeySentences,
            Language = valid.Language,
            Engine = Info(options, tokenUsage),
        };
    }

    /// <summary>
    /// Map-reduce until the text fits one request: split it into chunks that fit, take notes on each, and continue with
    /// the notes. Stops with a permanent error when a round does not shrink the text or the rounds run out, so a
    /// pathological document cannot loop.
    /// </summary>
    private async Task<(string Text, PromptKind Kind)> ShrinkToBudgetAsync(string text, Deadline deadline, UsageTally usage, CancellationToken cancellationToken)
    {
        var kind = PromptKind.Summarize;
        for (var round = 1; ; round++)
        {
            var tokens = _tokens.Count(text);
            if (tokens <= InputBudget(kind))
            {
                return (text, kind);
            }

            if (round > _options.MaxReduceRounds)
            {
                throw TooLong($"it was still {tokens} tokens after {_options.MaxReduceRounds} rounds of notes");
            }

            var chunkBudget = InputBudget(PromptKind.Chunk);
            var chunks = _chunker.Split(text, chunkBudget);
            Log.Chunking(_logger, tokens, InputBudget(kind), chunks.Count, round);
            var notesLength = NotesLength(chunkBudget);
            var notes = new string[chunks.Count];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentRequests, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, chunks.Count), parallel, async (i, token) =>
            {
                var request = new PromptRequest(PromptKind.Chunk, chunks[i], notesLength, null, i + 1, chunks.Count);
                var answer = await AskAsync(request, deadline, usage, token).ConfigureAwait(false);
                notes[i] = string.Join(' ', ModelOutputValidator.Validate(answer, notesLength, chunks[i]).Sentences);
            }).ConfigureAwait(false);

            var next = string.Join("\n\n", notes);
            if (_tokens.Count(next) >= tokens)
            {
                throw TooLong("notes on its parts were no shorter than the parts");
            }

            text = next;
            kind = PromptKind.Combine;
        }
    }

    private async Task<ModelSummary> AskAsync(PromptRequest request, Deadline deadline, UsageTally usage, CancellationToken cancellationToken)
    {
        var messages = _prompt.Render(request);
        var response = await _retry.RunAsync(
            token => _chatClient.GetResponseAsync(messages, _chatOptions, token), deadline, cancellationToken).ConfigureAwait(false);
        usage.Add(response.Usage);
        SummarizerMetrics.RecordTokens(response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0, EngineName, _options.Model);

        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            throw new SummarizerException(ErrorCodes.ContentFiltered, "The model service's content filter withheld the summary.");
        }

        if (IsRefusal(response))
        {
            throw new SummarizerException(ErrorCodes.EngineRefused, "The model refused to summarise the article.");
        }

        if (response.FinishReason == ChatFinishReason.Length)
        {
            throw new SummarizerException(AIErrorCodes.TruncatedOutput,
                $"The model's answer was cut off at {_options.MaxOutputTokens} output tokens.");
        }

        try
        {
            return JsonSerializer.Deserialize(response.Text, ModelSummaryJsonContext.Default.ModelSummary)
                ?? throw new JsonException("The answer was JSON null.");
        }
        catch (JsonException ex)
        {
            throw new SummarizerException(ErrorCodes.InvalidEngineOutput, "The model's answer is not the JSON the schema asks for.", innerException: ex);
        }
    }

    /// <summary>The OpenAI adapter reports a refusal as error content with code <c>Refusal</c>.</summary>
    private static bool IsRefusal(ChatResponse response) =>
        response.Messages.SelectMany(m => m.Contents).OfType<ErrorContent>()
            .Any(e => string.Equals(e.ErrorCode, "Refusal", StringComparison.OrdinalIgnoreCase));

    /// <summary>Tokens of text one request of this kind may carry so that prompt plus answer stay inside the window.</summary>
    private int InputBudget(PromptKind kind) => _inputBudgets[kind];

    /// <summary>
    /// Notes get about one sentence per 400 chunk tokens (2 to 8), so a round shrinks the text roughly tenfold or more.
    /// </summary>
    private static ModelLengthLimit NotesLength(int chunkBudget)
    {
        var sentences = Math.Clamp(chunkBudget / 400, 2, 8);
        return new ModelLengthLimit(sentences, sentences * ModelLengthLimit.WordsPerSentenceCap, IsWordBudget: false);
    }

    private static SummarizerException TooLong(string why) =>
        new(AIErrorCodes.DocumentTooLong, $"The article is too long to summarise with the model: {why}.");

    /// <summary>A BCP 47-style tag: an ISO 639 code with optional region or script subtags.</summary>
    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LanguageTag();

    private EngineInfo Info(SummaryOptions options, TokenUsage? usage) => new()
    {
        Name = EngineName,
        Version = $"{EngineVersion}+{_options.Model}+{SummaryPrompt.Version}",
        Options = options.Describe(),
        Model = _options.Model,
        PromptVersion = SummaryPrompt.Version,
        Usage = usage,
    };
}
