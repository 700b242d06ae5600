namespace Summarizer.Core.Engines;

/// <summary>A salient multi-word phrase; <see cref="Score"/> is relative within one document (highest first).</summary>
public sealed record KeyPhrase(string Text, double Score);
