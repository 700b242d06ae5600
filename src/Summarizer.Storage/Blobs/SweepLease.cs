using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// The right to run the reconciliation sweep, held as a lease on <see cref="BlobName"/> in the summaries container, so
/// one sweep runs at a time across every instance and workstation. Unlike <see cref="ArticleClaim"/> nobody waits for
/// it: a sweep that finds it taken has nothing to add. The holder renews it while it lists and enqueues; if a renewal
/// fails, <see cref="Lost"/> fires and the sweep stops, since another one may have started by then.
/// </summary>
public sealed class SweepLease : IAsyncDisposable
{
    /// <summary>The lock blob (a name no article output can have: outputs end in .json or .md).</summary>
    public const string BlobName = ".sweep.lock";

    /// <summary>How long a lease lasts unless renewed: a sweep that dies frees the next one within this.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    private readonly BlobLeaseClient _lease;
    private readonly LeaseRenewal _renewal;

    private SweepLease(BlobLeaseClient lease)
    {
        _lease = lease;
        _renewal = new LeaseRenewal(lease);
    }

    /// <summary>Cancelled when the lease could not be renewed: the sweep must stop.</summary>
    public CancellationToken Lost => _renewal.Lost;

    /// <summary>Takes the lease, or returns null at once when another sweep holds it.</summary>
    internal static async Task<SweepLease?> TryAcquireAsync(BlobContainerClient container, CancellationToken cancellationToken)
    {
        try
        {
            // The lock blob is made by the first sweep ever and kept.
            return new SweepLease(await LeaseRenewal.AcquireAsync(container.GetBlobClient(BlobName), LeaseDuration, cancellationToken).ConfigureAwait(false));
        }
        catch (RequestFailedException ex) when (ex.Status == StorageFailure.Conflict)
        {
            return null;
        }
    }

    /// <summary>Stops renewing and gives the lease back, so the next sweep need not wait for it to expire.</summary>
    public async ValueTask DisposeAsync()
    {
        await _renewal.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _lease.ReleaseAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            // Lost already, or storage is unreachable: the lease ends by itself within LeaseDuration.
        }
    }
}
