namespace Summarizer.Core.Evaluation;

/// <summary>Mean F1 over documents, times 100, with its standard error (sample standard deviation over the square root of n).</summary>
public readonly record struct RougeMean(double F1, double StandardError);
