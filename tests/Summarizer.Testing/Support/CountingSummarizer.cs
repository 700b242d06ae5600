using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Testing;

/// <summary>
/// Wraps a real engine and counts the articles it was asked to summarise, so tests can prove a run did no engine work.
/// <see cref="BeforeSummarizeAsync"/> lets a test hold one run mid-flight to stage races.
/// </summary>
public sealed class CountingSummarizer(ISummarizer inner) : ISummarizer
{
    private int _calls;

    public CountingSummarizer() : this(new ExtractiveSummarizer())
    {
    }

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Called with the article before the inner engine runs; may await or throw.</summary>
    public Func<Article, Task>? BeforeSummarizeAsync { get; set; }

    public string Name => inner.Name;

    /// <summary>The inner engine's answer unless a test sets it (to run the extractive engine the way a model engine is run).</summary>
    public bool? Costly { get; set; }

    public bool IsCostly => Costly ?? inner.IsCostly;

    public string Fingerprint(SummaryOptions options) => inner.Fingerprint(options);

    public async Task<Summary> SummarizeAsync(Article article, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        if (BeforeSummarizeAsync is { } before)
        {
            await before(article);
        }

        return await inner.SummarizeAsync(article, options, cancellationToken);
    }
}
