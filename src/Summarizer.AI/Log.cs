using Microsoft.Extensions.Logging;

namespace Summarizer.AI;

/// <summary>
/// The engine's log messages. None carries article text, model output or credentials: a failure is described by
/// <see cref="ModelServiceException"/>'s checked fields, never by what the service sent.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Model {Model} request failed on try {Attempt} ({Failure}); retrying in {Wait}")]
    public static partial void Retrying(ILogger logger, string model, int attempt, string failure, TimeSpan wait);

    [LoggerMessage(2, LogLevel.Warning, "Model {Model} request failed on try {Attempt} ({Failure}); the next try in {Wait} would pass the budget ({Remaining} left)")]
    public static partial void GivingUp(ILogger logger, string model, int attempt, string failure, TimeSpan wait, TimeSpan remaining);

    [LoggerMessage(7, LogLevel.Warning, "Model {Model} request failed on try {Attempt}, the last one allowed ({Failure})")]
    public static partial void OutOfAttempts(ILogger logger, string model, int attempt, string failure);

    [LoggerMessage(3, LogLevel.Information, "Article of {Tokens} tokens is over the {Budget}-token input budget; summarising {Chunks} chunks (round {Round})")]
    public static partial void Chunking(ILogger logger, int tokens, int budget, int chunks, int round);

    [LoggerMessage(4, LogLevel.Information, "Article has {Sentences} sentences, no more than the summary asked for; returned without a model call")]
    public static partial void ShortArticle(ILogger logger, int sentences);

    [LoggerMessage(5, LogLevel.Warning, "Engine {Engine} failed ({Code}, transient: {Transient}); writing the {Fallback} summary instead")]
    public static partial void FallingBack(ILogger logger, string engine, string code, bool transient, string fallback);

    [LoggerMessage(6, LogLevel.Information, "Model {Model} summarised an article in {Requests} requests ({InputTokens} input, {OutputTokens} output tokens)")]
    public static partial void Summarised(ILogger logger, string model, int requests, long inputTokens, long outputTokens);
}
