namespace Summarizer.Core.Documents;

/// <summary>Size of the input and of the summary. Compression is summary words divided by input words.</summary>
public sealed record DocumentStats(int InputCharacters, int InputWords, int InputSentences, int SummaryWords, double Compression);
