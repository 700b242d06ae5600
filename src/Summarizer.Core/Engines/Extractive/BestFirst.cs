namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// The selection loop the summary and the key points share: walk sentences best-first and take each one that fits,
/// first among well-shaped sentences only and then, if that did not fill the quota, among any.
/// </summary>
internal static class BestFirst
{
    /// <param name="order">Sentence indices, best first.</param>
    /// <param name="isWellShaped">Whether a sentence may be taken in the first pass.</param>
    /// <param name="fits">Whether a sentence may join those already chosen (redundancy, budgets).</param>
    /// <param name="isFull">Whether the chosen sentences fill the quota.</param>
    /// <returns>The chosen sentence indices in the order they were taken.</returns>
    public static List<int> Pick(int[] order, Func<int, bool> isWellShaped, Func<int, List<int>, bool> fits, Func<List<int>, bool> isFull)
    {
        var chosen = new List<int>();
        foreach (var relaxed in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var candidate in order)
            {
                if (isFull(chosen))
                {
                    return chosen;
                }

                if (!chosen.Contains(candidate) && (relaxed || isWellShaped(candidate)) && fits(candidate, chosen))
                {
                    chosen.Add(candidate);
                }
            }
        }

        return chosen;
    }
}
