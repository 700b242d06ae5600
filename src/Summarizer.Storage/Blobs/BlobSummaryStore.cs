using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Summarizer.Core;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// The summaries container: reads outputs by listing (with ETags and metadata), and writes each blob with one
/// conditional request on the version read before. A write that loses (the blob changed or appeared since) returns
/// null and changes nothing; what to do then is the pipeline's decision, not the store's.
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

    /// <summary>One article's outputs, from one listing on its <see cref="BlobNames.OutputPrefix"/>.</summary>
    public async Task<SummarySnapshot> ReadOutputsAsync(BlobNames names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        var snapshot = SummarySnapshot.Empty;
        var listing = container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, names.OutputPrefix, cancellationToken);
        await foreach (var item in StorageFailure.GuardAsync(container.Uri, listing, cancellationToken).ConfigureAwait(false))
        {
            if (SummaryListing.IsPastOutputs(item.Name, names))
            {
                break;
            }

            snapshot = SummaryListing.Add(snapshot, names, item);
        }

        return snapshot;
    }

    /// <summary>Everything in the container, grouped by article name, from one listing: the backfill's up-to-date check costs no request per article.</summary>
    public async Task<IReadOnlyDictionary<string, SummarySnapshot>> ListAsync(CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, SummarySnapshot>(StringComparer.Ordinal);
        var listing = container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix: null, cancellationToken);
        await foreach (var item in StorageFailure.GuardAsync(container.Uri, listing, cancellationToken).ConfigureAwait(false))
        {
            SummaryListing.Add(found, item);
        }

        return found;
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="blobName"/> if nothing changed it since <paramref name="known"/>
    /// was read (<c>If-Match</c>), or, when <paramref name="known"/> is null, if it still does not exist
    /// (<c>If-None-Match: *</c>). Returns the stored blob, or null when another writer got there first.
    /// </summary>
    public Task<StoredBlob?> TryWriteAsync(string blobName, BinaryData content, string contentType, SummaryMetadata metadata,
        StoredBlob? known, CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync<StoredBlob?>(container.Uri, async () =>
        {
            ArgumentNullException.ThrowIfNull(metadata);
            try
            {
                BlobContentInfo info = await container.GetBlobClient(blobName).UploadAsync(content, new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                    Metadata = metadata.ToDictionary(),
                    Conditions = Unchanged(known),
                }, cancellationToken).ConfigureAwait(false);
                return new StoredBlob(ETags.Normalize(info.ETag), metadata);
            }
            catch (RequestFailedException ex) when (StorageFailure.IsLostRace(ex))
            {
                return null;
            }
        }, cancellationToken);

    /// <summary>Replaces an output's metadata if it is unchanged since read; returns it as stored now, or null when it changed.</summary>
    public Task<StoredBlob?> TryUpdateMetadataAsync(string blobName, StoredBlob known, SummaryMetadata metadata, CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync<StoredBlob?>(container.Uri, async () =>
        {
            ArgumentNullException.ThrowIfNull(known);
            ArgumentNullException.ThrowIfNull(metadata);
            try
            {
                BlobInfo info = await container.GetBlobClient(blobName).SetMetadataAsync(metadata.ToDictionary(),
                    Unchanged(known), cancellationToken).ConfigureAwait(false);
                return new StoredBlob(ETags.Normalize(info.ETag), metadata);
            }
            catch (RequestFailedException ex) when (ex.Status is StorageFailure.PreconditionFailed or StorageFailure.NotFound)
            {
                return null;
            }
        }, cancellationToken);

    /// <summary>Deletes an output only if it is still the version read; a newer one written meanwhile is kept.</summary>
    public Task DeleteIfUnchangedAsync(string blobName, StoredBlob? known, CancellationToken cancellationToken = default) =>
        known is null ? Task.CompletedTask : StorageFailure.GuardAsync(container.Uri, async () =>
        {
            try
            {
                await container.GetBlobClient(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots,
                    Unchanged(known), cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == StorageFailure.PreconditionFailed)
            {
                // Rewritten since it was read: it belongs to a newer run now.
            }
        }, cancellationToken);

    /// <summary>
    /// The stored bytes of an output, or null when it does not exist or, given <paramref name="known"/>, is no longer
    /// that version.
    /// </summary>
    public Task<BinaryData?> ReadAsync(string blobName, StoredBlob? known = null, CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync<BinaryData?>(container.Uri, async () =>
        {
            try
            {
                var options = new BlobDownloadOptions { Conditions = known is null ? null : Unchanged(known) };
                BlobDownloadResult result = await container.GetBlobClient(blobName).DownloadContentAsync(options, cancellationToken).ConfigureAwait(false);
                return result.Content;
            }
            catch (RequestFailedException ex) when (ex.Status is StorageFailure.NotFound or StorageFailure.PreconditionFailed)
            {
                return null;
            }
        }, cancellationToken);

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

    private static BlobRequestConditions Unchanged(StoredBlob? known) =>
        known is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = known.ETag };
}
