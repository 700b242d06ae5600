namespace Summarizer.Cli.Tests;

internal static class Fixtures
{
    /// <summary>The sample article shipped in the repository's samples folder, copied next to the tests.</summary>
    public static string NewsArticle { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "northbridge-bridge.txt"));
}
