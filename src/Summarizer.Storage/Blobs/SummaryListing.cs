using Azure.Storage.Blobs.Models;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// Turns listed blobs of the summaries container into <see cref="SummarySnapshot"/>s: which article an output belongs
/// to, and which of its outputs it is. The legacy suffix is tested first: <c>x.error.json</c> is article <c>x</c>'s
/// old error record, never the result of <c>x.error</c> (such names are refused, see <see cref="BlobNames"/>).
/// </summary>
internal static class SummaryListing
{
    /// <summary>Adds <paramref name="item"/> to the snapshots in <paramref name="found"/>; blobs that are no output are skipped.</summary>
    public static void Add(Dictionary<string, SummarySnapshot> found, BlobItem item)
    {
        if (Classify(item.Name) is not var (article, suffix))
        {
            return;
        }

        var snapshot = found.GetValueOrDefault(article) ?? SummarySnapshot.Empty;
        found[article] = With(snapshot, suffix, Stored(item));
    }

    /// <summary>Adds <paramref name="item"/> to <paramref name="snapshot"/> when it is one of <paramref name="names"/>' outputs.</summary>
    public static SummarySnapshot Add(SummarySnapshot snapshot, BlobNames names, BlobItem item) => Classify(item.Name) is var (article, suffix)
        && string.Equals(article, names.Article, StringComparison.Ordinal)
        ? With(snapshot, suffix, Stored(item))
        : snapshot;

    /// <summary>
    /// True once a listing on <see cref="BlobNames.OutputPrefix"/> has passed the article's last output: listings come
    /// in name order, and the outputs' suffixes sort <c>error.json</c>, <c>json</c>, <c>md</c>. The rest of the
    /// prefix (other articles that begin with this name and a dot) need not be read.
    /// </summary>
    public static bool IsPastOutputs(string blobName, BlobNames names) =>
        blobName.StartsWith(names.OutputPrefix, StringComparison.Ordinal)
        && string.CompareOrdinal(blobName, names.OutputPrefix.Length, BlobNames.MarkdownSuffix, 1, int.MaxValue) > 0;

    private static (string Article, string Suffix)? Classify(string name)
    {
        foreach (var suffix in (ReadOnlySpan<string>)[BlobNames.ErrorSuffix, BlobNames.JsonSuffix, BlobNames.MarkdownSuffix])
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (name[..^suffix.Length], suffix);
            }
        }

        return null;
    }

    private static SummarySnapshot With(SummarySnapshot snapshot, string suffix, StoredBlob blob) => suffix switch
    {
        BlobNames.ErrorSuffix => snapshot with { LegacyError = blob },
        BlobNames.JsonSuffix => snapshot with { Json = blob },
        _ => snapshot with { Markdown = blob },
    };

    private static StoredBlob Stored(BlobItem item) => new(ETags.Normalize(item.Properties.ETag), SummaryMetadata.From(item.Metadata));
}
