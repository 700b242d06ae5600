using Azure;
using Microsoft.Extensions.Logging;

namespace Summarizer.Storage.Pipeline;

/// <summary>The pipeline's log lines: names and codes only, never article text.</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Summarised {BlobName} (version {SourceETag}, {Fingerprint})")]
    public static partial void Summarized(ILogger logger, string blobName, ETag sourceETag, string fingerprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not summarise {BlobName}: {ErrorCode}; error record written")]
    public static partial void Failed(ILogger logger, string blobName, string errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Left {BlobName} to a run for a newer version of the article")]
    public static partial void Superseded(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered the Markdown of {BlobName} from its stored result")]
    public static partial void Rendered(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved the error record of {BlobName} from its pre-2.0 blob to its result blob")]
    public static partial void Migrated(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot summarise an article whose name ({NameLength} characters) has no valid summary name: {Problem}")]
    public static partial void InvalidName(ILogger logger, int nameLength, string problem);
}
