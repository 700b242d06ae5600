using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Summarizer.Azure.Storage;

/// <summary>
/// The right to call the engine for one article, held as a lease on its claim blob (<see cref="BlobNames.Claim"/>).
/// A lease rather than a marker blob because storage ends it by itself: a run that crashes frees the article within
/// <see cref="LeaseDuration"/>, with no clock of ours involved. A live holder renews it until disposed, then deletes the
/// claim blob. Conditional writes keep results correct without it; the claim only saves paying the engine twice.
/// </summary>
public sealed class ArticleClaim : IAsyncDisposable
{
    /// <summary>How long a lease lasts unless renewed; a crashed holder blocks the article at most this long.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);

    private readonly BlobClient _blob;
    private readonly BlobLeaseClient _lease;

    // A lapsed claim needs no reaction: writes stay conditional, so the worst case is another run paying the engine too.
    private readonly LeaseRenewal _renewal;

    private ArticleClaim(BlobClient blob, BlobLeaseClient lease, bool waitedForAnotherRun)
    {
        _blob = blob;
        _lease = lease;
        WaitedForAnotherRun = waitedForAnotherRun;
        _renewal = new LeaseRenewal(lease);
    }

    /// <summary>True when another run held the claim first: it may have written this article's result meanwhile.</summary>
    public bool WaitedForAnotherRun { get; }

    /// <summary>Takes the claim on <paramref name="blob"/>, waiting while another run holds it.</summary>
    internal static async Task<ArticleClaim> AcquireAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var lease = blob.GetBlobLeaseClient();
        var waited = false;

        // Claim blobs are deleted after use, so the usual case is that it does not exist: create it first.
        await LeaseRenewal.CreateBlobIfMissingAsync(blob, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            try
            {
                await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
                return new ArticleClaim(blob, lease, waited);
            }
            catch (RequestFailedException ex) when (ex.Status == StorageFailure.NotFound)
            {
                await LeaseRenewal.CreateBlobIfMissingAsync(blob, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == StorageFailure.Conflict)
            {
                // Leased by another run: it is calling the engine for this article now.
                waited = true;
                await Task.Delay(PollEvery, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _renewal.DisposeAsync().ConfigureAwait(false);
        try
        {
            // Deleting needs the lease, so a claim that expired and was taken by another run is left to that run.
            await _blob.DeleteAsync(DeleteSnapshotsOption.None, new BlobRequestConditions { LeaseId = _lease.LeaseId }).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Gone, taken over after expiry, or storage is unreachable: in every case the lease ends by itself.
        }
        catch (AggregateException)
        {
            // The SDK's retries all failed (storage unreachable); the lease ends by itself within LeaseDuration.
        }
    }
}
