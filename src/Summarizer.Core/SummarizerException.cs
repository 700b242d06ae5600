namespace Summarizer.Core;

/// <summary>
/// The one error type of the summariser. <see cref="Code"/> is stable and machine-readable (see <see cref="ErrorCodes"/>);
/// the message is written for a person. Hosts retry only when <see cref="IsTransient"/> is true: a permanent error
/// becomes an error record or a 4xx answer, never a retry.
/// </summary>
public sealed class SummarizerException : Exception
{
    public SummarizerException(string code, string message, bool isTransient = false, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        IsTransient = isTransient;
    }

    public string Code { get; }

    public bool IsTransient { get; }

    /// <summary>The HTTP status an upstream server answered with, when that is the failure (<c>fetch_failed</c> for a link).</summary>
    public int? UpstreamStatus { get; init; }
}
