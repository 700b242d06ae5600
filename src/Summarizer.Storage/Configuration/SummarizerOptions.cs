using Summarizer.Core.Ingestion;
using Summarizer.Storage.Queueing;

namespace Summarizer.Storage.Configuration;

/// <summary>
/// Settings under <c>Summarizer</c> (environment: <c>Summarizer__MaxInputBytes</c> and so on). Checked at start-up by
/// <see cref="SummarizerOptionsValidator"/>, so a typo in a deployment fails the host instead of writing to the wrong
/// place. <c>Summarizer:Engine</c> and <c>Summarizer:Fallback</c> in the same section are
/// <see cref="Summarizer.AI.EngineOptions"/>: they decide which services exist, so they are read before composition.
/// </summary>
public sealed class SummarizerOptions
{
    public const string SectionName = "Summarizer";

    /// <summary>Largest article accepted, in bytes; larger ones fail with <c>input_too_large</c> before download.</summary>
    public long MaxInputBytes { get; set; } = IngestionOptions.DefaultMaxInputBytes;

    /// <summary>Where articles are uploaded; the blob trigger's path names the same setting.</summary>
    public string ArticlesContainer { get; set; } = "articles";

    /// <summary>
    /// Where results go. Article claims go to the container of the same name plus <c>-claims</c>, so this name has at
    /// most 56 characters.
    /// </summary>
    public string SummariesContainer { get; set; } = "summaries";

    /// <summary>
    /// The queue the sweep fills and the queue trigger works. The host moves failed messages to the queue of the same
    /// name plus <c>-poison</c>, so this name has at most 56 characters.
    /// </summary>
    public string RequestsQueue { get; set; } = SummarizeRequests.QueueName;
}
