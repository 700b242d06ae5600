using System.Diagnostics;
using System.Text.Json;
using Summarizer.Testing.Documents;

namespace Summarizer.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Title = "Library reopens after flood repairs";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly string[] Paragraphs =
    [
        "The town library reopened on Monday after eight months of repairs to its flooded basement and ground floor.",
        "Volunteers dried and catalogued more than twelve thousand books, and most of the local history collection was saved.",
        "The council said new flood barriers would protect the building from the river in future winters.",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Extract_Pdf_PrintsTheCleanedText()
    {
        var path = WriteBytes("library.pdf", new PdfArticleWriter { Columns = 2, Hyphenate = true }.Write(Title, Paragraphs));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("extract", path);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Equal(string.Join("\n\n", Paragraphs) + "\n", stdout);
    }

    [Fact]
    public async Task Extract_JsonFormat_PrintsSourceTitleTextAndLanguage()
    {
        var bytes = DocxArticleWriter.Article(Title, Paragraphs);
        var path = WriteBytes("library.docx", bytes);

        var (exitCode, stdout, _) = await CliRunner.RunAsync("extract", path, "--format", "json");

        Assert.Equal(0, exitCode);
        var json = JsonDocument.Parse(stdout).RootElement;
        var source = json.GetProperty("source");
        Assert.Equal("library.docx", source.GetProperty("name").GetString());
        Assert.Equal(DocxType, source.GetProperty("contentType").GetString());
        Assert.Equal(bytes.Length, source.GetProperty("length").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), source.GetProperty("sha256").GetString());
        Assert.Equal(Title, json.GetProperty("title").GetString());
        Assert.Equal(string.Join("\n\n", Paragraphs), json.GetProperty("text").GetString());
        Assert.Equal("en", json.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Extract_SeveralInputsAsJson_PrintsOneJsonLinePerInputWithFailuresInPlace()
    {
        var good = Write("good.md", "# Notes\n\n" + Paragraphs[0]);
        var scanned = WriteBytes("scan.pdf", PdfArticleWriter.ScannedPage());
        var missing = Path.Combine(_folder, "missing.txt");
        var docx = WriteBytes("story.docx", DocxArticleWriter.Article(Title, Paragraphs));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("extract", good, scanned, missing, docx, "--format", "json");

        Assert.Equal(1, exitCode);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["good.md", "scan.pdf", "missing.txt", "story.docx"], records.Select(r => r.GetProperty("source").GetProperty("name").GetString()));
        Assert.Equal(Paragraphs[0], records[0].GetProperty("text").GetString());
        Assert.Equal("no_text_layer", records[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("application/pdf", records[1].GetProperty("source").GetProperty("contentType").GetString());
        Assert.Equal("unreadable", records[2].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(Title, records[3].GetProperty("title").GetString());
        Assert.Contains("scan.pdf: no_text_layer", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_SeveralInputsAsJson_PrintsJsonLines()
    {
        var pdf = WriteBytes("library.pdf", new PdfArticleWriter().Write(Title, Paragraphs));
        var docx = WriteBytes("library.docx", DocxArticleWriter.Article(Title, Paragraphs));
        var encrypted = WriteBytes("locked.pdf", EncryptedPdf.Bytes());

        var (exitCode, stdout, _) = await CliRunner.RunAsync("summarize", pdf, docx, encrypted, "--format", "json", "--sentences", "2");

        Assert.Equal(1, exitCode);
        var records = stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, records.Length);
        Assert.Equal(records[0].GetProperty("summary").GetString(), records[1].GetProperty("summary").GetString());
        Assert.Equal("application/pdf", records[0].GetProperty("source").GetProperty("contentType").GetString());
        Assert.Equal(DocxType, records[1].GetProperty("source").GetProperty("contentType").GetString());
        Assert.Equal("encrypted_document", records[2].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("locked.pdf", records[2].GetProperty("source").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Summarize_OneInputAsJson_StaysOneIndentedDocument()
    {
        var path = WriteBytes("library.pdf", new PdfArticleWriter().Write(Title, Paragraphs));

        var (exitCode, stdout, _) = await CliRunner.RunAsync("summarize", path, "--format", "json");

        Assert.Equal(0, exitCode);
        Assert.Contains("\n  \"schemaVersion\"", stdout, StringComparison.Ordinal);
        Assert.Equal(Title, JsonDocument.Parse(stdout).RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("html")]
    public async Task Extract_ContentTypeForAFileWithNoUsefulExtension_ReadsItAsThatFormat(string contentType)
    {
        var path = Write("page.dat", "<p>First paragraph.</p><p>Second paragraph.</p>");

        var (asGiven, plain, _) = await CliRunner.RunAsync("extract", path);
        var (exitCode, html, _) = await CliRunner.RunAsync("extract", path, "--content-type", contentType);

        Assert.Equal(0, asGiven);
        Assert.Contains("<p>", plain, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Equal("First paragraph.\n\nSecond paragraph.\n", html);
    }

    [Fact]
    public async Task Extract_ContentTypeDoesNotOverrideAKnownExtension()
    {
        var path = Write("notes.md", "# Heading\n\nBody line.");

        var (_, stdout, _) = await CliRunner.RunAsync("extract", path, "--content-type", "text/plain");

        Assert.Equal("Body line.\n", stdout);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("xlsx")]
    public async Task Extract_UnknownContentType_IsAUsageError(string contentType)
    {
        var path = Write("a.txt", "Text.");

        var (exitCode, _, stderr) = await CliRunner.RunAsync("extract", path, "--content-type", contentType);

        Assert.Equal(2, exitCode);
        Assert.Contains("--content-type", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_StandardInputWithContentType_ReadsItAsThatFormat()
    {
        var (exitCode, stdout, stderr) = await RunWithStdinAsync("# Harbour notes\n\nThe *channel* is open again.", "extract", "-", "--content-type", "text/markdown", "--format", "json");

        Assert.True(exitCode == 0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("stdin", json.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal("text/markdown", json.GetProperty("source").GetProperty("contentType").GetString());
        Assert.Equal("Harbour notes", json.GetProperty("title").GetString());
        Assert.Equal("The channel is open again.", json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Summarize_PdfOnStandardInput_IsRecognisedByItsBytes()
    {
        var pdf = new PdfArticleWriter().Write(Title, Paragraphs);

        var (exitCode, stdout, stderr) = await RunWithStdinAsync(pdf, "summarize", "-", "--sentences", "1");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains(stdout.TrimEnd('\n'), Paragraphs);
    }

    /// <summary>Runs the built CLI as a child process, since standard input cannot be replaced in-process.</summary>
    private static Task<(int, string, string)> RunWithStdinAsync(string stdin, params string[] args) =>
        RunWithStdinAsync(System.Text.Encoding.UTF8.GetBytes(stdin), args);

    private static async Task<(int, string, string)> RunWithStdinAsync(byte[] stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(CliApplication).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private string Write(string name, string text) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
