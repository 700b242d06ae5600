namespace Summarizer.Cli.Tests;

/// <summary>
/// The summarising commands read the engine settings from the environment, as the function app does. A bad one is a
/// usage error that names it (exit 2, one message, no stack trace, no secret), never a crash and never a quiet run
/// with some other engine. The storage commands are checked the same way in <see cref="StorageCommandFailureTests"/>.
/// </summary>
public sealed class EngineSettingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string, string> InvalidSettings()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var command in new[] { "summarize", "batch", "eval" })
        {
            data.Add(command, "Summarizer__Engine", "gpt", "Summarizer:Engine");
            data.Add(command, "Summarizer__Fallback", "sometimes", "Summarizer:Fallback");
            data.Add(command, "AzureOpenAI__MaxOutputTokens", "10", "AzureOpenAI:MaxOutputTokens");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task EngineCommand_InvalidSetting_ExitsTwoNamingIt(string command, string key, string value, string named)
    {
        var environment = new Dictionary<string, string> { [key] = value };
        if (key.StartsWith("AzureOpenAI__", StringComparison.Ordinal))
        {
            // A complete model configuration apart from the one bad value.
            environment["Summarizer__Engine"] = "azure-openai";
            environment["AzureOpenAI__Endpoint"] = "https://example.openai.azure.com/";
            environment["AzureOpenAI__Deployment"] = "gpt-4o-mini";
            environment["AzureOpenAI__ApiKey"] = "not-a-real-key";
        }

        var result = await CliProcess.RunAsync(environment, Arguments(command));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("summarizer: ", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.Contains(named, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-key", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    private string[] Arguments(string command)
    {
        var article = Path.Combine(_folder, "article.txt");
        File.WriteAllText(article, Fixtures.NewsArticle);
        var records = Path.Combine(_folder, "records.jsonl");
        File.WriteAllText(records, "{\"id\": \"1\", \"text\": \"The council met on Monday. It approved the budget.\", \"reference\": \"The budget passed.\"}\n");
        return command switch
        {
            "summarize" => ["summarize", article],
            "batch" => ["batch", "--input", records, "--output", Path.Combine(_folder, "out.jsonl")],
            _ => ["eval", "--input", records],
        };
    }
}
