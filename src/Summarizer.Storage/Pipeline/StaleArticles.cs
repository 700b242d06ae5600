using Summarizer.Storage.Blobs;
using Summarizer.Core;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// What one listing found: how many articles there are, those without an up-to-date result, and those whose names
/// cannot hold a result (<c>invalid_name</c>: never stale, since no run could ever change them).
/// </summary>
public sealed record StaleArticles(int Total, IReadOnlyList<ArticleSnapshot> Stale)
{
    public IReadOnlyList<string> InvalidNames { get; init; } = [];

    /// <summary>Listings that could not be read (see <see cref="ContainerListing"/>).</summary>
    public IReadOnlyList<SummarizerException> Problems { get; init; } = [];
}
