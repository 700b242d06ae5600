using System.Text.Json;

namespace Summarizer.Cli.Tests;

public sealed class SummarizeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Summarize_TextFile_PrintsRequestedNumberOfSentences()
    {
        var path = Write("bridge.txt", Fixtures.NewsArticle);

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("summarize", path, "--sentences", "2");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Contains(line, Fixtures.NewsArticle));
    }

    [Fact]
    public async Task Summarize_JsonFormat_WritesSummaryDocument()
    {
        var path = Write("bridge.txt", Fixtures.NewsArticle);

        var (exitCode, stdout, _) = await CliRunner.RunAsync("summarize", path, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("2.0", json.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal("bridge.txt", json.RootElement.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal("extractive", json.RootElement.GetProperty("engine").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Summarize_EmptyFileAmongGoodOnes_ReportsErrorAndExitsWithOne()
    {
        var good = Write("good.txt", Fixtures.NewsArticle);
        var empty = Write("empty.txt", "");

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("summarize", good, empty);

        Assert.Equal(1, exitCode);
        Assert.Contains("empty.txt: empty_input:", stderr);
        Assert.Contains("== " + good + " ==", stdout);
    }

    [Fact]
    public async Task Summarize_ContradictoryLengthOptions_IsUsageError()
    {
        var path = Write("bridge.txt", Fixtures.NewsArticle);

        var (exitCode, _, stderr) = await CliRunner.RunAsync("summarize", path, "--sentences", "2", "--words", "40");

        Assert.Equal(2, exitCode);
        Assert.Contains("only one of", stderr);
    }

    [Fact]
    public async Task Summarize_UnknownFormat_IsUsageError()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("summarize", "x.txt", "--format", "pdf");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("summarizer:", stderr);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
