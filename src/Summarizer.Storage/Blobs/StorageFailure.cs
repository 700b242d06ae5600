using System.Globalization;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Xml;
using Azure;
using Summarizer.Core;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// The one place storage errors become the summariser's exception. Every store method runs its SDK calls through
/// <see cref="GuardAsync{T}(Uri, Func{Task{T}}, CancellationToken)"/>, so callers see either a result or a
/// <see cref="SummarizerException"/>, never an SDK type: a transient <c>storage_unavailable</c> when storage cannot
/// serve the call, a permanent <c>storage_unreadable</c> when it answers with something the SDK cannot parse (Azurite
/// sends a listing that is not XML once a blob name holds a control character). That matters because once the SDK's
/// retries are spent it throws an <see cref="AggregateException"/> of the failed tries, not a
/// <see cref="RequestFailedException"/>, a per-try network timeout surfaces as a cancellation, and a malformed answer
/// as an <see cref="XmlException"/>.
/// </summary>
internal static class StorageFailure
{
    public const int NotModified = 304;
    public const int NotFound = 404;
    public const int Conflict = 409;
    public const int PreconditionFailed = 412;

    /// <summary>True when a conditional write lost because the target changed or appeared since it was read.</summary>
    public static bool IsLostRace(RequestFailedException ex) =>
        ex.Status is PreconditionFailed or Conflict;

    public static SummarizerException Unavailable(RequestFailedException ex) => Unavailable(null, ex);

    /// <summary>The transient error for a storage fault; the message is one line and names the endpoint, never a key.</summary>
    public static SummarizerException Unavailable(Uri? endpoint, Exception ex)
    {
        var where = endpoint is null ? "" : " at " + endpoint.GetLeftPart(UriPartial.Path);
        return new SummarizerException(ErrorCodes.StorageUnavailable, OneLine($"Storage{where} is unavailable: {Describe(ex)}."),
            isTransient: true, innerException: ex);
    }

    /// <summary>The permanent error for an answer that cannot be read; one line, names the endpoint, quotes no content.</summary>
    public static SummarizerException Unreadable(Uri endpoint, XmlException ex)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(ex);
        return new SummarizerException(ErrorCodes.StorageUnreadable,
            OneLine($"Storage at {endpoint.GetLeftPart(UriPartial.Path)} sent an answer that cannot be read ({ex.Message}); on Azurite a blob name with a control character causes this."),
            innerException: ex);
    }

    /// <summary>
    /// True for what a storage call throws when storage cannot serve it: an error status the store did not handle, the
    /// SDK's aggregate of failed retries, a transport failure, or a network timeout (a cancellation the caller did not ask for).
    /// </summary>
    public static bool IsStorageFault(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        RequestFailedException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(inner => IsStorageFault(inner, cancellationToken)),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    /// <summary>Runs one store operation and maps its storage faults.</summary>
    public static async Task<T> GuardAsync<T>(Uri endpoint, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStorageFault(ex, cancellationToken))
        {
            throw Unavailable(endpoint, ex);
        }
        catch (XmlException ex)
        {
            throw Unreadable(endpoint, ex);
        }
    }

    public static Task GuardAsync(Uri endpoint, Func<Task> operation, CancellationToken cancellationToken) =>
        GuardAsync(endpoint, async () =>
        {
            await operation().ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>Enumerates a listing and maps the storage faults of each page request.</summary>
    public static async IAsyncEnumerable<T> GuardAsync<T>(Uri endpoint, IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<T> items;
        try
        {
            items = source.GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception ex) when (IsStorageFault(ex, cancellationToken))
        {
            throw Unavailable(endpoint, ex);
        }

        await using (items.ConfigureAwait(false))
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await items.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (IsStorageFault(ex, cancellationToken))
                {
                    throw Unavailable(endpoint, ex);
                }
                catch (XmlException ex)
                {
                    throw Unreadable(endpoint, ex);
                }

                if (!more)
                {
                    yield break;
                }

                yield return items.Current;
            }
        }
    }

    private static string Describe(Exception ex)
    {
        switch (ex)
        {
            case AggregateException aggregate:
                var tries = aggregate.Flatten().InnerExceptions;
                return tries.Count == 0 ? aggregate.Message
                    : string.Create(CultureInfo.InvariantCulture, $"{Describe(tries[^1])} (after {tries.Count} tries)");
            case RequestFailedException { Status: 0 } failed:
                return failed.InnerException is { } cause ? Describe(cause) : "no response";
            case RequestFailedException failed:
                // The SDK's own message spans many lines and lists headers; status and code say what happened.
                return string.Create(CultureInfo.InvariantCulture, $"{failed.Status} {failed.ErrorCode ?? "error"}");
            case OperationCanceledException:
                return "no answer in time";
            default:
                return ex.Message;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
