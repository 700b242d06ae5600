using Summarizer.Core.Engines;

namespace Summarizer.Cli;

/// <summary>
/// The one place the batch and eval commands get their engine from, so choosing another engine (an <c>--engine</c>
/// option, Azure OpenAI) is a change here rather than in every command.
/// </summary>
internal static class EngineFactory
{
    public const string DefaultEngine = ExtractiveSummarizer.EngineName;

    public static ISummarizer Create() => new ExtractiveSummarizer();
}
