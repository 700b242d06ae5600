using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

/// <summary>
/// The storage commands as a newcomer meets them: storage not started, or a setting wrong. Each ends with one line on
/// stderr and a documented exit code, never a stack trace (these used to exit 134 with 156 lines after 22-27 s).
/// </summary>
public sealed class StorageCommandFailureTests : IDisposable
{
    // The first contact runs on the interactive budget (under 7 s of retries); the SDK's default schedule, which these
    // commands used to wait out, takes 22-27 s. Process start on a loaded machine is the rest.
    private static readonly TimeSpan StorageDownBudget = TimeSpan.FromSeconds(15);

    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-failures-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> StorageCommands() => ["upload", "process", "process --enqueue"];

    [Theory]
    [MemberData(nameof(StorageCommands))]
    public async Task StorageCommand_StorageNotRunning_ExitsOneWithOneStorageLine(string command)
    {
        var result = await CliProcess.RunAsync(new Dictionary<string, string>(), Arguments(command, "--connection", UnreachableStorage.ConnectionString()));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("summarizer: storage_unavailable: Storage at http://127.0.0.1:", line, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
        Assert.True(result.Elapsed < StorageDownBudget, $"{command} took {result.Elapsed.TotalSeconds:0.0} s to report storage down");
    }

    [Theory]
    [MemberData(nameof(StorageCommands))]
    public async Task StorageCommand_StorageFromSetting_NotRunning_ExitsOneWithOneStorageLine(string command)
    {
        var result = await CliProcess.RunAsync(new Dictionary<string, string> { ["ArticlesStorage"] = UnreachableStorage.ConnectionString() }, Arguments(command));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("summarizer: storage_unavailable: ", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> InvalidSettings() => new()
    {
        { "upload", "Summarizer__MaxInputBytes", "0", "MaxInputBytes" },
        { "process", "Summarizer__MaxInputBytes", "0", "MaxInputBytes" },
        { "upload", "Summarizer__Engine", "gpt", "Summarizer:Engine" },
        { "process", "Summarizer__Engine", "gpt", "Summarizer:Engine" },
        { "process", "Summarizer__Fallback", "sometimes", "Summarizer:Fallback" },
        { "process", "AzureOpenAI__MaxOutputTokens", "10", "AzureOpenAI:MaxOutputTokens" },
        { "process", "AzureOpenAI__Endpoint", "not a url", "AzureOpenAI:Endpoint" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task StorageCommand_InvalidSetting_ExitsTwoNamingIt(string command, string key, string value, string named)
    {
        var environment = new Dictionary<string, string>
        {
            ["ArticlesStorage"] = UnreachableStorage.ConnectionString(),
            [key] = value,
        };
        if (key.StartsWith("AzureOpenAI__", StringComparison.Ordinal))
        {
            // A complete model configuration apart from the one bad value.
            environment["Summarizer__Engine"] = "azure-openai";
            environment.TryAdd("AzureOpenAI__Endpoint", "https://example.openai.azure.com/");
            environment["AzureOpenAI__Deployment"] = "gpt-4o-mini";
            environment["AzureOpenAI__ApiKey"] = "not-a-real-key";
        }

        var result = await CliProcess.RunAsync(environment, Arguments(command));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("summarizer: ", result.StderrLines[0], StringComparison.Ordinal);
        Assert.Contains(named, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-key", result.Stderr, StringComparison.Ordinal);
    }

    private string[] Arguments(string command, params string[] extra)
    {
        if (command == "upload")
        {
            var file = Path.Combine(_folder, "a.txt");
            File.WriteAllText(file, TestArticles.Harbour);
            return ["upload", file, .. extra];
        }

        return [.. command.Split(' '), .. extra];
    }
}
