namespace Summarizer.Core.Tests.Evaluation;

/// <summary>One reference/hypothesis pair with the scores the reference scorer gave it.</summary>
internal sealed record GoldenPair(
    string Reference,
    string Hypothesis,
    string Language,
    (double Precision, double Recall, double F1) Rouge1,
    (double Precision, double Recall, double F1) Rouge2,
    (double Precision, double Recall, double F1) RougeL,
    (double Precision, double Recall, double F1) RougeLsum);
