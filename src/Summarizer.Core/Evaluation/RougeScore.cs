namespace Summarizer.Core.Evaluation;

/// <summary>Precision, recall and F1 of one ROUGE measure, each between 0 and 1.</summary>
public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    public static RougeScore Zero { get; } = new(0, 0, 0);

    /// <summary>Scores <paramref name="hits"/> matched units out of the reference's and the hypothesis's totals.</summary>
    public static RougeScore FromCounts(int hits, int referenceTotal, int hypothesisTotal)
    {
        var precision = hypothesisTotal > 0 ? (double)hits / hypothesisTotal : 0.0;
        var recall = referenceTotal > 0 ? (double)hits / referenceTotal : 0.0;
        // Same operation order as the reference scorer, so results agree to the last bit.
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new RougeScore(precision, recall, f1);
    }
}
