namespace Summarizer.Storage.Interactive;

/// <summary>Whether each container answered a probe: <c>ok</c>, <c>missing</c>, <c>unreachable</c> or <c>timeout</c>.</summary>
public sealed record StorageHealth(string ArticlesContainer, string ArticlesState, string SummariesContainer, string SummariesState)
{
    public const string Ok = "ok";
    public const string Missing = "missing";
    public const string Unreachable = "unreachable";
    public const string Timeout = "timeout";

    public bool IsHealthy => ArticlesState == Ok && SummariesState == Ok;
}
