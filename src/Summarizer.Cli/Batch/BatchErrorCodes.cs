namespace Summarizer.Cli.Batch;

/// <summary>Error codes only the batch command produces; everything else uses <see cref="Core.ErrorCodes"/>.</summary>
internal static class BatchErrorCodes
{
    /// <summary>The engine failed in a way it does not report as a <see cref="Core.SummarizerException"/> (a bug); the run goes on.</summary>
    public const string InternalError = "internal_error";
}
