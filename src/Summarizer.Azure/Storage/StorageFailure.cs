using Azure;
using Summarizer.Core;

namespace Summarizer.Azure.Storage;

/// <summary>Maps storage errors to the summariser's exception: storage trouble is transient, so hosts retry it.</summary>
internal static class StorageFailure
{
    public const int NotFound = 404;
    public const int Conflict = 409;
    public const int PreconditionFailed = 412;

    public static SummarizerException Unavailable(RequestFailedException ex) =>
        new(ErrorCodes.StorageUnavailable,
            $"Storage is unavailable ({(ex.Status == 0 ? "no response" : ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))} {ex.ErrorCode}).",
            isTransient: true, innerException: ex);

    /// <summary>True when a conditional write lost because the target changed or appeared since it was read.</summary>
    public static bool IsLostRace(RequestFailedException ex) =>
        ex.Status is PreconditionFailed or Conflict;
}
