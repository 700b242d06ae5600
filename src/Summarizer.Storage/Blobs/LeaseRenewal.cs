using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// Keeps a held blob lease alive: renews it every <see cref="RenewEvery"/> (a third of the 60 s leases held here, so
/// two renewals may fail to arrive in time before it lapses) until stopped, and fires <see cref="Lost"/> when a renewal
/// fails. Shared by <see cref="ArticleClaim"/> and <see cref="SweepLease"/>, which differ only in what losing means.
/// </summary>
internal sealed class LeaseRenewal : IAsyncDisposable
{
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(20);

    private readonly BlobLeaseClient _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _renewing;

    public LeaseRenewal(BlobLeaseClient lease)
    {
        _lease = lease;
        _renewing = RenewAsync(_stop.Token);
    }

    /// <summary>Cancelled when a renewal failed: the lease may have lapsed and another holder taken it.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Stops renewing; the lease stays held until released or until it lapses.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(false);
        _stop.Dispose();
        _lost.Dispose();
    }

    /// <summary>
    /// Takes a lease on a lock blob that is kept between holders, creating the empty blob (and its container) the first
    /// time. Throws the 409 <see cref="RequestFailedException"/> when someone else holds the lease; what that means is
    /// the caller's (wait for it, or give up).
    /// </summary>
    public static async Task<BlobLeaseClient> AcquireAsync(BlobClient blob, TimeSpan duration, CancellationToken cancellationToken)
    {
        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(duration, cancellationToken: cancellationToken).ConfigureAwait(false);
            return lease;
        }
        catch (RequestFailedException ex) when (ex.Status == StorageFailure.NotFound)
        {
            if (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                await blob.GetParentBlobContainerClient().CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            await CreateBlobIfMissingAsync(blob, cancellationToken).ConfigureAwait(false);
        }

        await lease.AcquireAsync(duration, cancellationToken: cancellationToken).ConfigureAwait(false);
        return lease;
    }

    // Another holder may create it first; the lease decides who holds it.
    private static async Task CreateBlobIfMissingAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (StorageFailure.IsLostRace(ex))
        {
        }
    }

    private async Task RenewAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                await _lease.RenewAsync(cancellationToken: stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            await _lost.CancelAsync().ConfigureAwait(false);
        }
    }
}
