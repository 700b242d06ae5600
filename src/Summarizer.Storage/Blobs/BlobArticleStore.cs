using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Summarizer.Core;

namespace Summarizer.Storage.Blobs;

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

    /// <summary>
    /// Reads the article's current version in one request: its ETag, last-modified time, length and type, and its
    /// bytes when it has at most <paramref name="maxBytes"/> (a larger one is described but not transferred). With
    /// <paramref name="ifNoneMatch"/> the answer is <see cref="ArticleReadStatus.NotModified"/>, with no body, while
    /// the article is still at that version; with <paramref name="ifMatch"/>, <see cref="ArticleReadStatus.Changed"/>
    /// once it is not. Never holds more than <paramref name="maxBytes"/> + 1 bytes.
    /// </summary>
    public Task<ArticleRead> ReadAsync(string name, long maxBytes, ETag? ifMatch = null, ETag? ifNoneMatch = null,
        CancellationToken cancellationToken = default) =>
        StorageFailure.GuardAsync(container.Uri, async () =>
        {
            try
            {
                var options = new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = ifMatch, IfNoneMatch = ifNoneMatch } };
                var response = await container.GetBlobClient(name).DownloadStreamingAsync(options, cancellationToken).ConfigureAwait(false);
                if (response.GetRawResponse().Status == StorageFailure.NotModified)
                {
                    // The SDK answers 304 as a success without a body.
                    return new ArticleRead(ArticleReadStatus.NotModified);
                }

                var result = response.Value;
                await using var content = result.Content;
                var details = result.Details;
                var article = new ArticleSnapshot(name, ETags.Normalize(details.ETag), details.LastModified, details.ContentLength, details.ContentType);
                if (article.Length > maxBytes)
                {
                    return new ArticleRead(ArticleReadStatus.Read, article);
                }

                var bytes = await ReadAtMostAsync(content, article.Length, maxBytes, cancellationToken).ConfigureAwait(false);
                return bytes.Length > maxBytes
                    ? new ArticleRead(ArticleReadStatus.Read, article with { Length = bytes.Length })
                    : new ArticleRead(ArticleReadStatus.Read, article, BinaryData.FromBytes(bytes));
            }
            catch (RequestFailedException ex) when (ex.Status is StorageFailure.PreconditionFailed)
            {
                return new ArticleRead(ArticleReadStatus.Changed);
            }
            catch (RequestFailedException ex) when (ex.Status is StorageFailure.NotFound)
            {
                return new ArticleRead(ArticleReadStatus.Missing);
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

    // Reads what was announced, capped at maxBytes + 1: one byte more than allowed is enough to refuse the article.
    private static async Task<ReadOnlyMemory<byte>> ReadAtMostAsync(Stream content, long announced, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(Math.Max(announced, 0), maxBytes) + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return buffer.AsMemory(0, total);
    }

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
