using System.Text.Json;

namespace Summarizer.Cli.Tests;

public sealed class BatchTextFormatTests : IDisposable
{
    private const string Html = "<div><p>The harbour authority approved the dredging plan on Tuesday.</p><p>Work starts in March and lasts eight months.</p></div>";
    private const string Markdown = "# Dredging approved\n\nThe harbour authority approved the **dredging** plan on Tuesday.\n\nWork starts in [March](https://example.org) and lasts eight months.";

    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-batch-format-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Batch_AutoTextFormat_ReadsHtmlAndMarkdownFieldsAsWhatTheyAre()
    {
        var input = WriteRecords(("html", Html), ("md", Markdown), ("plain", "Plain text with a <b>tag-like</b> aside is not a page. It stays as written."));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("batch", "--input", input, "--output", "-", "--sentences", "2");

        Assert.True(exitCode == 0, stderr);
        var records = Lines(stdout);
        Assert.Equal("The harbour authority approved the dredging plan on Tuesday.\nWork starts in March and lasts eight months.", records[0].GetProperty("summary").GetString());
        Assert.Equal("The harbour authority approved the dredging plan on Tuesday.\nWork starts in March and lasts eight months.", records[1].GetProperty("summary").GetString());
        Assert.Contains("<b>", records[2].GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--content-type", "text")]
    [InlineData("--content-type", "text/plain")]
    [InlineData("--text-format", "text")]
    public async Task Batch_ContentTypeText_KeepsMarkupAsLiteralText(string option, string value)
    {
        var input = WriteRecords(("html", Html));

        var (exitCode, stdout, _) = await CliRunner.RunAsync("batch", "--input", input, "--output", "-", option, value);

        Assert.Equal(0, exitCode);
        Assert.Contains("<p>", Lines(stdout)[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--content-type", "html")]
    [InlineData("--content-type", "text/html; charset=windows-1250")]
    [InlineData("--text-format", "html")]
    public async Task Batch_ContentTypeHtml_WinsOverWhatTheTextLooksLike(string option, string value)
    {
        var input = WriteRecords(("x", Markdown));

        var (exitCode, stdout, _) = await CliRunner.RunAsync("batch", "--input", input, "--output", "-", option, value);

        Assert.Equal(0, exitCode);
        Assert.Contains("**dredging**", Lines(stdout)[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_OutputDash_WritesTheRecordsToStandardOutputInOrder()
    {
        var input = WriteRecords(Enumerable.Range(0, 50).Select(i => ($"r{i}", $"Record {i} begins here. It has a second sentence about the harbour. A third sentence ends it.")).ToArray());

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("batch", "--input", input, "--output", "-", "--sentences", "1");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var records = Lines(stdout);
        Assert.Equal(50, records.Length);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"r{i}"), records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Array, records[0].GetProperty("keyPhrases").ValueKind);
        Assert.True(records[0].GetProperty("keySentences")[0].GetProperty("score").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Number, records[0].GetProperty("keySentences")[0].GetProperty("offset").ValueKind);
    }

    [Theory]
    [InlineData("--text-format", "pdf")]
    [InlineData("--content-type", "application/pdf")]
    [InlineData("--content-type", "docx")]
    [InlineData("--content-type", "rtf")]
    public async Task Batch_BinaryOrUnknownContentType_IsAUsageError(string option, string value)
    {
        var input = WriteRecords(("x", "Text."));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("batch", "--input", input, "--output", "-", option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
    }

    private string WriteRecords(params (string Id, string Text)[] records)
    {
        var path = Path.Combine(_folder, "in.jsonl");
        File.WriteAllLines(path, records.Select(r => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = r.Id, ["text"] = r.Text })));
        return path;
    }

    private static JsonElement[] Lines(string stdout) =>
        stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToArray();
}
