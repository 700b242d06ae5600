using Summarizer.Azure.Storage;

namespace Summarizer.Azure.Pipeline;

/// <summary>What one listing found: how many articles there are, and those without an up-to-date result.</summary>
public sealed record StaleArticles(int Total, IReadOnlyList<ArticleSnapshot> Stale);
