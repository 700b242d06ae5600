using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

public sealed class BatchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Batch_ManyRecordsOfUnevenSize_WritesOneLinePerInputInInputOrder()
    {
        // Uneven lengths make later records finish before earlier ones on a parallel run.
        var lines = Enumerable.Range(0, 3000).Select(i => Record($"r{i}", Article(i, sentences: 1 + (i * 7 % 40)))).ToList();
        var input = Write("in.jsonl", string.Join('\n', lines) + "\n");
        var output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, stderr) = await CliRunner.RunAsync("batch", "--input", input, "--output", output, "--sentences", "2");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var results = ReadOutput(output);
        Assert.Equal(lines.Count, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i].RootElement;
            Assert.Equal($"r{i}", result.GetProperty("id").GetString());
            Assert.Contains($"record {i} ", result.GetProperty("summary").GetString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Batch_GoodRecord_WritesSummaryWithOneSentencePerLineAndAllFields()
    {
        var input = Write("in.jsonl", Record("a", Article(1, sentences: 6), title: "Harbour news") + "\n");
        var output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, _) = await CliRunner.RunAsync("batch", "--input", input, "--output", output, "--sentences", "3");

        Assert.Equal(0, exitCode);
        var result = Assert.Single(ReadOutput(output)).RootElement;
        Assert.Equal(3, result.GetProperty("summary").GetString()!.Split('\n').Length);
        Assert.Equal(JsonValueKind.Array, result.GetProperty("keyPoints").ValueKind);
        Assert.Equal(JsonValueKind.Array, result.GetProperty("keyPhrases").ValueKind);
        Assert.InRange(result.GetProperty("keySentences").GetArrayLength(), 3, 6);
        Assert.Equal(JsonValueKind.String, result.GetProperty("language").ValueKind);
        Assert.False(result.TryGetProperty("error", out _));
    }

    [Theory]
    [InlineData("this is not json", "invalid_json")]
    [InlineData("", "invalid_json")]
    [InlineData("[1, 2, 3]", "invalid_json")]
    [InlineData("{\"id\": \"x\", \"text\": 42}", "invalid_json")]
    [InlineData("{\"id\": \"x\"}", "empty_input")]
    [InlineData("{\"id\": \"x\", \"text\": \"   \"}", "empty_input")]
    [InlineData("{\"id\": \"x\", \"text\": \"Fine.\"} trailing", "invalid_json")]
    public async Task Batch_BadLineAmongGoodOnes_WritesErrorRecordAndGoesOnWithExitCodeOne(string badLine, string expectedCode)
    {
        var input = Write("in.jsonl", string.Join('\n', Record("first", Article(1, 4)), badLine, Record("last", Article(2, 4))) + "\n");
        var output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, stderr) = await CliRunner.RunAsync("batch", "--input", input, "--output", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("1 of 3 records failed", stderr);
        var results = ReadOutput(output);
        Assert.Equal(3, results.Count);
        Assert.Equal("first", results[0].RootElement.GetProperty("id").GetString());
        Assert.Equal(expectedCode, results[1].RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(results[1].RootElement.GetProperty("error").GetProperty("message").GetString()));
        Assert.Equal("last", results[2].RootElement.GetProperty("id").GetString());
        Assert.True(results[2].RootElement.TryGetProperty("summary", out _));
    }

    [Fact]
    public async Task Batch_ErrorRecord_EchoesTheIdItCouldRead()
    {
        var input = Write("in.jsonl", "{\"id\": 17, \"text\": \"\"}\n");
        var output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, _) = await CliRunner.RunAsync("batch", "--input", input, "--output", output);

        Assert.Equal(1, exitCode);
        Assert.Equal(17, Assert.Single(ReadOutput(output)).RootElement.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Batch_FieldNameOptions_ReadThoseFields()
    {
        var line = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["key"] = "k-1",
            ["body"] = Article(5, 4),
            ["headline"] = "A headline",
            ["text"] = "Decoy text that must not be summarised.",
        });
        var input = Write("in.jsonl", line + "\n");
        var output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, _) = await CliRunner.RunAsync(
            "batch", "--input", input, "--output", output, "--id-field", "key", "--text-field", "body", "--title-field", "headline");

        Assert.Equal(0, exitCode);
        var result = Assert.Single(ReadOutput(output)).RootElement;
        Assert.Equal("k-1", result.GetProperty("id").GetString());
        Assert.StartsWith("Record 5 opens here ", result.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_WindowsLineEndingsAndByteOrderMark_AreAccepted()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        await File.WriteAllTextAsync(input, Record("a", Article(1, 3)) + "\r\n" + Record("b", Article(2, 3)), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, _) = await CliRunner.RunAsync("batch", "--input", input, "--output", output);

        Assert.Equal(0, exitCode);
        Assert.Equal(["a", "b"], ReadOutput(output).Select(d => d.RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Batch_MissingInputFile_IsUsageError()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("batch", "--input", Path.Combine(_folder, "missing.jsonl"), "--output", Path.Combine(_folder, "out.jsonl"));

        Assert.Equal(2, exitCode);
        Assert.Contains("no such file", stderr);
        Assert.False(File.Exists(Path.Combine(_folder, "out.jsonl")));
    }

    [Theory]
    [InlineData("--sentences", "2", "--words", "40")]
    [InlineData("--length", "huge")]
    [InlineData("--sentences", "0")]
    public async Task Batch_BadLengthOptions_IsUsageError(params string[] lengthArgs)
    {
        var input = Write("in.jsonl", Record("a", Article(1, 3)) + "\n");

        var (exitCode, _, stderr) = await CliRunner.RunAsync(["batch", "--input", input, "--output", Path.Combine(_folder, "out.jsonl"), .. lengthArgs]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("summarizer:", stderr);
    }

    [Fact]
    public async Task Batch_WithoutOutputOption_IsUsageError()
    {
        var input = Write("in.jsonl", Record("a", Article(1, 3)) + "\n");

        var (exitCode, _, _) = await CliRunner.RunAsync("batch", "--input", input);

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task Batch_OutputSameAsInput_IsUsageErrorAndInputSurvives()
    {
        var content = Record("a", Article(1, 3)) + "\n";
        var input = Write("in.jsonl", content);

        var (exitCode, _, _) = await CliRunner.RunAsync("batch", "--input", input, "--output", input);

        Assert.Equal(2, exitCode);
        Assert.Equal(content, await File.ReadAllTextAsync(input));
    }

    private static string Article(int id, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(s => s == 0
            ? $"Record {id} opens here with the main news of the day."
            : string.Create(CultureInfo.InvariantCulture, $"Sentence {s} of record {id} adds detail number {s * id}.")));

    private static string Record(string id, string text, string? title = null) =>
        JsonSerializer.Serialize(title is null
            ? new Dictionary<string, string> { ["id"] = id, ["text"] = text }
            : new Dictionary<string, string> { ["id"] = id, ["text"] = text, ["title"] = title });

    private static List<JsonDocument> ReadOutput(string path) =>
        [.. File.ReadAllLines(path).Select(line => JsonDocument.Parse(line))];

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
