using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Summarizer.Core;

namespace Summarizer.Azure.Storage;

/// <summary>
/// The summaries container. Every write is conditional on the version read before, so of two runs racing for one
/// output the one holding the article's current version always ends up stored.
/// </summary>
public sealed class BlobSummaryStore(BlobContainerClient container)
{
    public const string JsonContentType = MediaTypes.JsonUtf8;
    public const string MarkdownContentType = MediaTypes.MarkdownUtf8;

    /// <summary>Suffix of the container that holds a summaries container's article claims.</summary>
    public const string ClaimsContainerSuffix = "-claims";

    // Claim blobs stay after use (see ArticleClaim), so they live beside the results, not among them: whoever reads
    // the summaries container, the sweep's listing included, sees results and the sweep's one lock blob only.
    private readonly BlobContainerClient _claims =
        container.GetParentBlobServiceClient().GetBlobContainerClient(ClaimsContainerName(container.Name));

    /// <summary>The container holding the article claims of the summaries container <paramref name="summariesContainer"/>.</summary>
    public static string ClaimsContainerName(string summariesContainer) => summariesContainer + ClaimsContainerSuffix;

    /// <summary>The container's name.</summary>
    public string ContainerName => container.Name;

    /// <summary>Creates the container when it is missing (Azurite starts empty; in Azure the infrastructure creates it).</summary>
    public Task CreateContainerIfMissingAsync(CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, () => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken), cancellationToken);

    /// <summary>True when the container exists; throws <c>storage_unavailable</c> when storage does not answer.</summary>
    public Task<bool> ContainerExistsAsync(CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, async () => (await container.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value, cancellationToken);

    public async Task<SummarySnapshot> GetSnapshotAsync(BlobNames names, CancellationToken cancellationToken = default)
    {
        var found = await Task.WhenAll(
            GetStoredAsync(names.Json, cancellationToken),
            GetStoredAsync(names.Markdown, cancellationToken),
            GetStoredAsync(names.Error, cancellationToken)).ConfigureAwait(false);
        return new SummarySnapshot(found[0], found[1], found[2]);
    }

    /// <summary>Everything in the container, grouped by article name, from one listing: the backfill's up-to-date check costs no request per article.</summary>
    public async Task<IReadOnlyDictionary<string, SummarySnapshot>> ListAsync(CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, SummarySnapshot>(StringComparer.Ordinal);
        var listing = container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix: null, cancellationToken);
        await foreach (var item in StorageFailure.GuardAsync(container.Uri, listing, cancellationToken).ConfigureAwait(false))
        {
            var stored = new StoredBlob(ETags.Normalize(item.Properties.ETag), SummaryMetadata.From(item.Metadata));
            if (item.Name.EndsWith(BlobNames.ErrorSuffix, StringComparison.Ordinal))
            {
                Update(found, item.Name[..^BlobNames.ErrorSuffix.Length], s => s with { Error = stored });
            }
            else if (item.Name.EndsWith(BlobNames.JsonSuffix, StringComparison.Ordinal))
            {
                Update(found, item.Name[..^BlobNames.JsonSuffix.Length], s => s with { Json = stored });
            }
            else if (item.Name.EndsWith(BlobNames.MarkdownSuffix, StringComparison.Ordinal))
            {
                Update(found, item.Name[..^BlobNames.MarkdownSuffix.Length], s => s with { Markdown = stored });
            }
        }

        return found;
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="blobName"/> if nothing changed it since <paramref name="known"/>
    /// was read (or, when <paramref name="known"/> is null, if it still does not exist). When another run got there
    /// first, the write is retried only while <paramref name="isSourceCurrentAsync"/> says this run's article version
    /// is still the newest. Returns the ETag of the stored blob, or null when this run lost to a newer one.
    /// </summary>
    public Task<ETag?> TryWriteAsync(string blobName, BinaryData content, string contentType, SummaryMetadata metadata,
        StoredBlob? known, Func<CancellationToken, Task<bool>> isSourceCurrentAsync, CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, () => WriteAsync(blobName, content, contentType, metadata, known, isSourceCurrentAsync, cancellationToken), cancellationToken);

    private async Task<ETag?> WriteAsync(string blobName, BinaryData content, string contentType, SummaryMetadata metadata,
        StoredBlob? known, Func<CancellationToken, Task<bool>> isSourceCurrentAsync, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(blobName);
        const int MaxAttempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                BlobContentInfo info = await blob.UploadAsync(content, new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                    Metadata = metadata.ToDictionary(),
                    Conditions = known is null
                        ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                        : new BlobRequestConditions { IfMatch = known.ETag },
                }, cancellationToken).ConfigureAwait(false);
                return ETags.Normalize(info.ETag);
            }
            catch (RequestFailedException ex) when (StorageFailure.IsLostRace(ex) && attempt < MaxAttempts)
            {
                known = await GetStoredCoreAsync(blobName, cancellationToken).ConfigureAwait(false);
                if (known is not null && string.Equals(known.Metadata.SourceETag, metadata.SourceETag, StringComparison.Ordinal)
                    && string.Equals(known.Metadata.Fingerprint, metadata.Fingerprint, StringComparison.Ordinal))
                {
                    return known.ETag; // a concurrent run wrote the same version: the result is already there
                }

                if (!await isSourceCurrentAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }
            }
        }
    }

    /// <summary>
    /// Takes the claim on an article's engine work (a lease on its claim blob), waiting while another run holds it.
    /// Dispose the claim to give it back.
    /// </summary>
    public Task<ArticleClaim> ClaimAsync(BlobNames names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        return StorageFailure.GuardAsync(_claims.Uri,
            () => ArticleClaim.AcquireAsync(_claims.GetBlobClient(names.Claim), cancellationToken), cancellationToken);
    }

    /// <summary>Takes the sweep's lease (see <see cref="SweepLease"/>), or returns null when another sweep holds it.</summary>
    public Task<SweepLease?> TryTakeSweepLeaseAsync(CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, () => SweepLease.TryAcquireAsync(container, cancellationToken), cancellationToken);

    /// <summary>Re-points an output at a new article version with identical content, only if it is unchanged since read.</summary>
    public Task<bool> TryUpdateMetadataAsync(string blobName, StoredBlob known, SummaryMetadata metadata, CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, async () =>
            {
                try
                {
                    await container.GetBlobClient(blobName).SetMetadataAsync(metadata.ToDictionary(),
                        new BlobRequestConditions { IfMatch = known.ETag }, cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (RequestFailedException ex) when (ex.Status is StorageFailure.PreconditionFailed or StorageFailure.NotFound)
                {
                    return false;
                }
            }, cancellationToken);

    /// <summary>Deletes an output only if it is still the version read; a newer one written meanwhile is kept.</summary>
    public Task DeleteIfUnchangedAsync(string blobName, StoredBlob? known, CancellationToken cancellationToken = default) =>
        known is null ? Task.CompletedTask : StorageFailure.GuardAsync(container.Uri, async () =>
            {
                try
                {
                    await container.GetBlobClient(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots,
                        new BlobRequestConditions { IfMatch = known.ETag }, cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException ex) when (ex.Status == StorageFailure.PreconditionFailed)
                {
                    // Rewritten since it was read: it belongs to a newer run now.
                }
            }, cancellationToken);

    /// <summary>The stored bytes of an output, or null when it does not exist.</summary>
    public Task<BinaryData?> ReadAsync(string blobName, CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync<BinaryData?>(container.Uri, async () =>
            {
                try
                {
                    BlobDownloadResult result = await container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                    return result.Content;
                }
                catch (RequestFailedException ex) when (ex.Status == StorageFailure.NotFound)
                {
                    return null;
                }
            }, cancellationToken);

    private Task<StoredBlob?> GetStoredAsync(string blobName, CancellationToken cancellationToken) =>
        StorageFailure.GuardAsync(container.Uri, () => GetStoredCoreAsync(blobName, cancellationToken), cancellationToken);

    private async Task<StoredBlob?> GetStoredCoreAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            BlobProperties properties = await container.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return new StoredBlob(ETags.Normalize(properties.ETag), SummaryMetadata.From(properties.Metadata));
        }
        catch (RequestFailedException ex) when (ex.Status == StorageFailure.NotFound)
        {
            return null;
        }
    }

    private static void Update(Dictionary<string, SummarySnapshot> found, string articleName, Func<SummarySnapshot, SummarySnapshot> change) =>
        found[articleName] = change(found.GetValueOrDefault(articleName) ?? SummarySnapshot.Empty);
}
