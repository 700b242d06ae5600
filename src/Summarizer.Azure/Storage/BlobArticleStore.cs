using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Summarizer.Core;

namespace Summarizer.Azure.Storage;

/// <summary>
/// The articles container: reads versions of articles, and stores new ones for the upload paths. Storage faults come
/// out as a transient <c>storage_unavailable</c> <see cref="SummarizerException"/> (see <see cref="StorageFailure"/>).
/// </summary>
public sealed class BlobArticleStore(BlobContainerClient container)
{
    /// <summary>The container's name (the blob trigger checks it against the container it listens on).</summary>
    public string ContainerName => container.Name;

    /// <summary>Creates the container when it is missing (Azurite starts empty; in Azure the infrastructure creates it).</summary>
    public Task CreateContainerIfMissingAsync(CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, () => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken), cancellationToken);

    /// <summary>True when the container exists; throws <c>storage_unavailable</c> when storage does not answer.</summary>
    public Task<bool> ContainerExistsAsync(CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, async () => (await container.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value, cancellationToken);

    public Task<ArticleSnapshot?> GetSnapshotAsync(string name, CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, async () =>
        {
            try
            {
                BlobProperties properties = await container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return new ArticleSnapshot(name, ETags.Normalize(properties.ETag), properties.LastModified, properties.ContentLength, properties.ContentType);
            }
            catch (RequestFailedException ex) when (ex.Status == StorageFailure.NotFound)
            {
                return null;
            }
        }, cancellationToken);

    /// <summary>True when <paramref name="article"/> is still the stored version (a newer upload changes the ETag).</summary>
    public async Task<bool> IsCurrentAsync(ArticleSnapshot article, CancellationToken cancellationToken = default)
    {
        var current = await GetSnapshotAsync(article.Name, cancellationToken).ConfigureAwait(false);
        return current is not null && current.ETag == article.ETag;
    }

    /// <summary>
    /// Streams exactly the version <paramref name="article"/> describes into memory; null when it changed or vanished
    /// since, so the content always matches the ETag recorded with its summary. Never holds more than
    /// <paramref name="maxBytes"/> + 1 bytes: a body longer than announced is refused as too large.
    /// </summary>
    public Task<BinaryData?> DownloadAsync(ArticleSnapshot article, long maxBytes, CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, async () =>
        {
            try
            {
                var options = new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = article.ETag } };
                BlobDownloadStreamingResult result = await container.GetBlobClient(article.Name).DownloadStreamingAsync(options, cancellationToken).ConfigureAwait(false);
                await using var content = result.Content;
                var buffer = new byte[(int)Math.Min(Math.Max(article.Length, 0), maxBytes) + 1];
                var total = 0;
                int read;
                while (total < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }

                if (total > maxBytes)
                {
                    throw new SummarizerException(ErrorCodes.InputTooLarge, $"The article is larger than the limit of {maxBytes:N0} bytes.");
                }

                return BinaryData.FromBytes(buffer.AsMemory(0, total));
            }
            catch (RequestFailedException ex) when (ex.Status is StorageFailure.NotFound or StorageFailure.PreconditionFailed)
            {
                return null;
            }
        }, cancellationToken);

    /// <summary>Stores (or replaces) an article; the blob-created event then starts the pipeline.</summary>
    public Task<ArticleSnapshot> UploadAsync(string name, BinaryData content, string? contentType, CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, async () =>
        {
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType },
            };
            BlobContentInfo info = await container.GetBlobClient(name).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return new ArticleSnapshot(name, ETags.Normalize(info.ETag), info.LastModified, content.ToMemory().Length, options.HttpHeaders.ContentType);
        }, cancellationToken);

    /// <summary>The blob's address, for notifications that name it (the local Event Grid stand-in); no request is made.</summary>
    public Uri BlobUri(string name) => container.GetBlobClient(name).Uri;

    /// <summary>Every article, from one listing: no request per blob.</summary>
    public async IAsyncEnumerable<ArticleSnapshot> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in StorageFailure.GuardAsync(container.Uri, container.GetBlobsAsync(cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            var properties = item.Properties;
            yield return new ArticleSnapshot(item.Name, ETags.Normalize(properties.ETag), properties.LastModified ?? DateTimeOffset.MinValue,
                properties.ContentLength ?? 0, properties.ContentType);
        }
    }
}
