using System.Diagnostics;
using System.Text.Json;
using Summarizer.Testing.Servers;

namespace Summarizer.AI.Tests;

/// <summary>
/// <c>summarizer summarize --engine azure-openai FILE</c> as a user runs it: the built tool in its own process, settings
/// in environment variables, the real SDK talking to the fake server.
/// </summary>
public sealed class CliEngineTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-ai-cli-").FullName;
    private FakeAzureOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAzureOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Summarize_EngineAzureOpenAI_PrintsModelSummaryDocument()
    {
        _server.RespondInOrder(AzureReplies.Summary("Lowmoor will rebuild its harbour wall.", "Work starts in May."));
        var file = Write("harbour.txt", Articles.Harbour);

        var (exitCode, stdout, stderr) = await RunAsync(Settings(), "summarize", "--engine", "azure-openai", file, "--format", "json");

        Assert.True(exitCode == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var engine = json.RootElement.GetProperty("engine");
        Assert.Equal("azure-openai", engine.GetProperty("name").GetString());
        Assert.Equal(TestEngine.Deployment, engine.GetProperty("model").GetString());
        Assert.Equal(TestEngine.ApiKey, Assert.Single(_server.Requests).ApiKey);
        Assert.DoesNotContain(TestEngine.ApiKey, stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_EngineChosenByEnvironment_UsesModelWithoutFlag()
    {
        var file = Write("harbour.txt", Articles.Harbour);
        var settings = Settings();
        settings["Summarizer__Engine"] = "azure-openai";

        var (exitCode, stdout, stderr) = await RunAsync(settings, "summarize", file);

        Assert.True(exitCode == 0, stderr);
        Assert.Single(_server.Requests);
        Assert.Contains("The council approved the bridge.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_EngineAzureOpenAIWithoutSettings_UsageErrorNamingThem()
    {
        var file = Write("harbour.txt", Articles.Harbour);

        var (exitCode, _, stderr) = await RunAsync([], "summarize", "--engine", "azure-openai", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("AzureOpenAI__Endpoint", stderr, StringComparison.Ordinal);
        Assert.Contains("AzureOpenAI__Deployment", stderr, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Summarize_ModelFilteredWithDefaultFallback_PrintsExtractiveSummaryWithReason()
    {
        _server.RespondInOrder(AzureReplies.PromptFiltered());
        var file = Write("harbour.txt", Articles.Harbour);

        var (exitCode, stdout, stderr) = await RunAsync(Settings(), "summarize", "--engine", "azure-openai", file, "--format", "json");

        Assert.True(exitCode == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var engine = json.RootElement.GetProperty("engine");
        Assert.Equal("extractive", engine.GetProperty("name").GetString());
        Assert.StartsWith("content_filtered:", engine.GetProperty("fallbackReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_ModelFilteredWithFallbackNone_ReportsErrorAndExitsWithOne()
    {
        _server.RespondInOrder(AzureReplies.PromptFiltered());
        var file = Write("harbour.txt", Articles.Harbour);
        var settings = Settings();
        settings["Summarizer__Fallback"] = "none";

        var (exitCode, _, stderr) = await RunAsync(settings, "summarize", "--engine", "azure-openai", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("harbour.txt: content_filtered:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_EngineAzureOpenAI_ScoresTheModelNextToLead3()
    {
        var data = Write("data.jsonl", string.Join('\n',
            JsonSerializer.Serialize(new { id = "a", text = Articles.Harbour, reference = "The council approved the bridge." }),
            JsonSerializer.Serialize(new { id = "b", text = Articles.Harbour, reference = "A new bridge was approved." })) + "\n");

        var (exitCode, stdout, stderr) = await RunAsync(Settings(), "eval", "--input", data, "--engine", "azure-openai");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("azure-openai", stdout, StringComparison.Ordinal);
        Assert.Contains("lead-3", stdout, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Batch_EngineAzureOpenAI_WritesModelSummaries()
    {
        var input = Write("in.jsonl", JsonSerializer.Serialize(new { id = "a", text = Articles.Harbour }) + "\n");
        var output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, stderr) = await RunAsync(Settings(), "batch", "--input", input, "--output", output, "--engine", "azure-openai");

        Assert.True(exitCode == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.StartsWith("The council approved the bridge.\n", json.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Summarize_UnknownEngine_IsUsageError()
    {
        var (exitCode, _, stderr) = await RunAsync([], "summarize", "--engine", "gpt", "x.txt");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("summarizer:", stderr, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["AzureOpenAI__Endpoint"] = _server.Endpoint.ToString(),
        ["AzureOpenAI__Deployment"] = TestEngine.Deployment,
        ["AzureOpenAI__ApiKey"] = TestEngine.ApiKey,
        ["AzureOpenAI__TimeBudget"] = "00:00:10",
        ["AzureOpenAI__RequestTimeout"] = "00:00:05",
    };

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The tool as built next to this test project: src/Summarizer.Cli/bin/{configuration}/{framework}/.</summary>
    private static string CliAssembly()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!;
        var root = configuration.Parent!.Parent!.Parent!.Parent!;
        var path = Path.Combine(root.FullName, "src", "Summarizer.Cli", "bin", configuration.Name, framework.Name, "summarizer.dll");
        Assert.True(File.Exists(path), $"the summarizer tool is not built at {path}");
        return path;
    }

    internal static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssembly());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Start from a clean slate so settings on the machine running the tests cannot leak in.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("AzureOpenAI__", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("Summarizer__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("OTEL_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
