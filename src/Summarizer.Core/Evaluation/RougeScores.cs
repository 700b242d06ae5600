namespace Summarizer.Core.Evaluation;

/// <summary>The four ROUGE measures of one hypothesis against one reference.</summary>
/// <param name="Rouge1">Unigram overlap.</param>
/// <param name="Rouge2">Bigram overlap.</param>
/// <param name="RougeL">Longest common subsequence over the whole text.</param>
/// <param name="RougeLsum">Summary-level LCS over sentences (one per line), what CNN/DailyMail papers call ROUGE-L.</param>
public sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL, RougeScore RougeLsum);
