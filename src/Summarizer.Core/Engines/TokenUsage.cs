namespace Summarizer.Core.Engines;

/// <summary>Tokens a model engine used, summed over every request it made for one article.</summary>
public sealed record TokenUsage(long InputTokens, long OutputTokens, int Requests);
