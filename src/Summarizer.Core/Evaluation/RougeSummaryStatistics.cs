namespace Summarizer.Core.Evaluation;

/// <summary>
/// Corpus-level ROUGE as the reference scorer reports it: the plain mean of per-document F1 (times 100) and its
/// standard error, for each measure. Not thread-safe; add from one thread.
/// </summary>
public sealed class RougeSummaryStatistics
{
    private readonly List<RougeScores> _documents = [];

    public int Count => _documents.Count;

    public void Add(RougeScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        _documents.Add(scores);
    }

    public RougeMean Rouge1 => Mean(s => s.Rouge1);

    public RougeMean Rouge2 => Mean(s => s.Rouge2);

    public RougeMean RougeL => Mean(s => s.RougeL);

    public RougeMean RougeLsum => Mean(s => s.RougeLsum);

    private RougeMean Mean(Func<RougeScores, RougeScore> measure)
    {
        var n = _documents.Count;
        if (n == 0)
        {
            return new RougeMean(0, 0);
        }

        var values = _documents.Select(d => 100.0 * measure(d).F1).ToList();
        var mean = values.Sum() / n;
        var variance = n > 1 ? values.Sum(x => (x - mean) * (x - mean)) / (n - 1) : 0.0;
        return new RougeMean(mean, Math.Sqrt(variance / n));
    }
}
