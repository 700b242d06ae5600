using Summarizer.AI;
using Summarizer.Core.Engines;

namespace Summarizer.Azure.Configuration;

/// <summary>The values <c>Summarizer:Engine</c> and <c>Summarizer:Fallback</c> accept.</summary>
public static class EngineNames
{
    public const string Extractive = ExtractiveSummarizer.EngineName;
    public const string AzureOpenAI = ChatClientSummarizer.EngineName;
    public const string NoFallback = "none";

    public static bool IsKnown(string? engine) =>
        string.Equals(engine, Extractive, StringComparison.OrdinalIgnoreCase)
        || string.Equals(engine, AzureOpenAI, StringComparison.OrdinalIgnoreCase);
}
