namespace Summarizer.Functions.Triggers;

/// <summary>
/// The app settings the triggers name as binding expressions. The Functions host resolves each from the app settings
/// before it listens (environment <c>Summarizer__ArticlesContainer</c> answers <c>%Summarizer:ArticlesContainer%</c>),
/// so a setting moves the trigger itself and not only the code behind it; one it cannot resolve fails that function.
/// </summary>
public static class BindingExpressions
{
    /// <summary>The blob trigger's path: the articles container the pipeline reads too, then the blob name.</summary>
    public const string ArticlePath = "%Summarizer:ArticlesContainer%/{name}";

    /// <summary>The sweep's six-field NCRONTAB schedule, UTC.</summary>
    public const string SweepSchedule = "%Summarizer:SweepSchedule%";

    /// <summary>The queue the sweep and <c>summarizer process --enqueue</c> fill.</summary>
    public const string RequestsQueue = "%Summarizer:RequestsQueue%";

    /// <summary>Every expression above, for checks that the settings hold them all.</summary>
    public static IReadOnlyList<string> All { get; } = [ArticlePath, SweepSchedule, RequestsQueue];
}
