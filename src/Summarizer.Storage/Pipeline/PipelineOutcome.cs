namespace Summarizer.Storage.Pipeline;

/// <summary>What one pipeline run did for one article.</summary>
public enum PipelineOutcome
{
    /// <summary>The engine ran and both summary blobs were written.</summary>
    Summarized,

    /// <summary>An up-to-date result (summary or error record) was already there; the engine did not run.</summary>
    UpToDate,

    /// <summary>The article cannot be summarised; an error record was written (when its name allows one).</summary>
    Failed,

    /// <summary>A newer version of the article appeared while this run worked; the run left the newer result alone.</summary>
    Superseded,

    /// <summary>The article no longer exists (deleted after the event was raised).</summary>
    ArticleMissing,
}
