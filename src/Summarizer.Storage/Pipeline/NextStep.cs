namespace Summarizer.Storage.Pipeline;

/// <summary>What a run has to do next for one article (see <see cref="ResultDecision"/>).</summary>
public enum NextStep
{
    /// <summary>The stored result is this version's, made by this engine, and its Markdown is rendered from it.</summary>
    UpToDate,

    /// <summary>The stored summary is current but its Markdown is missing or was rendered from an older result.</summary>
    RenderMarkdown,

    /// <summary>
    /// The stored summary is of the page a link article names, and the run was asked to look again: fetch the page
    /// conditional on the validators the summary holds (a 304 leaves the result as it is).
    /// </summary>
    FetchPageAgain,

    /// <summary>A new result is needed: the engine runs (once the article's bytes are read).</summary>
    Summarize,

    /// <summary>The stored summary was made from the same bytes by the same engine: it only needs this version's provenance.</summary>
    Reuse,

    /// <summary>The article cannot be summarised for a reason known without reading it (it is too large): record that.</summary>
    RecordFailure,

    /// <summary>The current result is an error record in the pre-2.0 blob: copy it to the result blob, no engine call.</summary>
    MigrateLegacyFailure,

    /// <summary>The stored result and this run's version were modified in the same second: ask storage which is current.</summary>
    CheckArticle,

    /// <summary>The stored result is for a newer version of the article than this run's: leave it.</summary>
    NewerVersionExists,
}
