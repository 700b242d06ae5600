using Azure.Core;
using Azure.Storage.Blobs;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// The two retry budgets storage calls run under. Background work (the blob trigger, <c>summarizer process</c>) keeps
/// the SDK's own policy: six tries with exponential back-off from 0.8 s and 100 s per try, about 25 s before a dead
/// endpoint is reported, which rides out a blip and is still short next to the host's own retries. A person waiting
/// on an HTTP answer or a CLI prompt gets a short budget instead, so an outage becomes a 503 or an exit code within
/// seconds: three tries, 2 s each at most, 0.25 s back-off doubling to 1 s, under 7 s in the worst case.
/// </summary>
public static class StorageClientProfiles
{
    /// <summary>Service key of the interactive <see cref="BlobServiceClient"/>.</summary>
    public const string InteractiveKey = "Summarizer.Storage.Interactive";

    /// <summary>Tries after the first one on the interactive path.</summary>
    public const int InteractiveMaxRetries = 2;

    public static readonly TimeSpan InteractiveTryTimeout = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan InteractiveDelay = TimeSpan.FromMilliseconds(250);

    public static readonly TimeSpan InteractiveMaxDelay = TimeSpan.FromSeconds(1);

    /// <summary>The SDK's defaults, untouched: the policy the trigger and the backfill run with.</summary>
    public static BlobClientOptions Background() => new();

    /// <summary>The short budget for calls someone is waiting on.</summary>
    public static BlobClientOptions Interactive()
    {
        var options = new BlobClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = InteractiveMaxRetries;
        options.Retry.Delay = InteractiveDelay;
        options.Retry.MaxDelay = InteractiveMaxDelay;
        options.Retry.NetworkTimeout = InteractiveTryTimeout;
        return options;
    }
}
