namespace Summarizer.Core.Telemetry;

/// <summary>Values of <see cref="TelemetryAttributes.Outcome"/> on <c>summarizer.articles</c>.</summary>
public static class ArticleOutcomes
{
    /// <summary>The engine ran and the summary was written (or printed).</summary>
    public const string Summarized = "summarized";

    /// <summary>An up-to-date result was already stored; the engine did not run.</summary>
    public const string UpToDate = "up_to_date";

    /// <summary>The article cannot be summarised; an error record (or error line) was written.</summary>
    public const string Failed = "failed";

    /// <summary>A newer version of the article appeared during the run, which left the result to that version's run.</summary>
    public const string Superseded = "superseded";

    /// <summary>A transient failure (storage or model unavailable) ended the run; the host or the next sweep retries it.</summary>
    public const string TransientFailure = "transient_failure";

    /// <summary>The article was gone by the time the run looked.</summary>
    public const string ArticleMissing = "article_missing";
}
