using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Engines;

/// <summary>The seam every summarisation engine sits behind (extractive, Azure OpenAI, fallback decorators).</summary>
public interface ISummarizer
{
    /// <summary>Stable engine name, e.g. <c>extractive</c> or <c>azure-openai</c>.</summary>
    string Name { get; }

    /// <summary>
    /// True when one call costs more than a few storage requests (a model billed per token, seconds of latency): the
    /// storage pipeline then takes the article's claim first, so concurrent runs pay it once. False for engines whose
    /// duplicate run costs less than the claim would (the embedded one); conditional writes settle those races.
    /// </summary>
    bool IsCostly => false;

    /// <summary>
    /// The fingerprint a summary written now with <paramref name="options"/> would carry, without summarising; lets the
    /// storage pipeline skip up-to-date work before any engine call.
    /// </summary>
    string Fingerprint(SummaryOptions options);

    /// <summary>Summarises one article. Throws <see cref="SummarizerException"/> for input it cannot summarise.</summary>
    Task<Summary> SummarizeAsync(Article article, SummaryOptions options, CancellationToken cancellationToken = default);
}
