using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// The right to call the engine for one article, held as a lease on its claim blob (<see cref="BlobNames.Claim"/>) in
/// the claims container beside the summaries (<see cref="BlobSummaryStore.ClaimsContainerName"/>). A lease rather than
/// a marker blob because storage ends it by itself: a run that crashes frees the article within
/// <see cref="LeaseDuration"/>, with no clock of ours involved. A live holder renews it until disposed, then releases
/// it. The empty claim blob stays for the next run on that article: deleting it would cost the same request as the
/// release, leave a soft-deleted copy behind in Azure, and on Azurite a delete costs time that grows with every blob in
/// the account (its index is rebuilt), which made a 20,000-article queue drain crawl. Conditional writes keep results
/// correct without the claim; it only saves paying the engine twice.
/// </summary>
public sealed class ArticleClaim : IAsyncDisposable
{
    /// <summary>How long a lease lasts unless renewed; a crashed holder blocks the article at most this long.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);

    private readonly BlobLeaseClient _lease;

    // A lapsed claim needs no reaction: writes stay conditional, so the worst case is another run paying the engine too.
    private readonly LeaseRenewal _renewal;

    private ArticleClaim(BlobLeaseClient lease, bool waitedForAnotherRun)
    {
        _lease = lease;
        WaitedForAnotherRun = waitedForAnotherRun;
        _renewal = new LeaseRenewal(lease);
    }

    /// <summary>True when another run held the claim first: it may have written this article's result meanwhile.</summary>
    public bool WaitedForAnotherRun { get; }

    /// <summary>Takes the claim on <paramref name="blob"/>, waiting while another run holds it.</summary>
    internal static async Task<ArticleClaim> AcquireAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        // The claim blob is made on the article's first claim and kept, so later claims take the lease at once.
        for (var waited = false; ; waited = true)
        {
            try
            {
                return new ArticleClaim(await LeaseRenewal.AcquireAsync(blob, LeaseDuration, cancellationToken).ConfigureAwait(false), waited);
            }
            catch (RequestFailedException ex) when (ex.Status == StorageFailure.Conflict)
            {
                // Leased by another run: it is calling the engine for this article now.
                await Task.Delay(PollEvery, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _renewal.DisposeAsync().ConfigureAwait(false);
        try
        {
            // Releasing needs the lease, so a claim that expired and was taken by another run stays with that run.
            await _lease.ReleaseAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Taken over after expiry, or storage is unreachable: in every case the lease ends by itself.
        }
        catch (AggregateException)
        {
            // The SDK's retries all failed (storage unreachable); the lease ends by itself within LeaseDuration.
        }
    }
}
