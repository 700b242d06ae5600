using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>Files in legacy encodings through <c>summarize</c>, <c>extract</c> and <c>batch</c>: every command decodes the same way.</summary>
public sealed class EncodingTests : IDisposable
{
    private const string French =
        "Le marché de Noël de Colmar a rouvert vendredi soir avec plus de 180 chalets. " +
        "Le vin chaud coûte désormais 4 €, soit cinquante centimes de plus que l’an dernier. " +
        "Les commerçants espèrent que l’affluence compensera la hausse des coûts de l’énergie.";

    private const string Russian =
        "В Казани открылась новая линия метро. Три станции соединили центр города с жилыми кварталами на севере. " +
        "Поездка до вокзала теперь занимает двенадцать минут вместо сорока.";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Koi8R = CodePagesEncodingProvider.Instance.GetEncoding(20866)!;

    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-encoding-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Summarize_PlainTextInWindows1252_ReadsItAndSaysTheEncodingWasInferred()
    {
        var path = Write("colmar.txt", Windows1252.GetBytes(French));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("summarize", path, "--format", "json");

        Assert.True(exitCode == 0, stderr);
        var document = JsonDocument.Parse(stdout).RootElement;
        Assert.Contains("4 €, soit cinquante centimes de plus que l’an dernier", document.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("windows-1252", document.GetProperty("source").GetProperty("encoding").GetString());
        Assert.Equal("inferred", document.GetProperty("source").GetProperty("encodingSource").GetString());
    }

    [Fact]
    public async Task Extract_PageWithAMeta_ReadsTheEncodingTheMetaNames()
    {
        var path = Write("kazan.html", Koi8R.GetBytes("<html><head><meta charset=\"koi8-r\"></head><body><p>" + Russian + "</p></body></html>"));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("extract", path, "--format", "json");

        Assert.True(exitCode == 0, stderr);
        var extracted = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(Russian, extracted.GetProperty("text").GetString());
        Assert.Equal("koi8-r", extracted.GetProperty("source").GetProperty("encoding").GetString());
        Assert.Equal("meta", extracted.GetProperty("source").GetProperty("encodingSource").GetString());
    }

    [Fact]
    public async Task Extract_CharsetInContentType_DeclaresTheEncodingOfANamedFile()
    {
        var path = Write("kazan.txt", Koi8R.GetBytes(Russian));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("extract", path, "--content-type", "text/plain; charset=koi8-r", "--format", "json");

        Assert.True(exitCode == 0, stderr);
        var extracted = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(Russian, extracted.GetProperty("text").GetString());
        Assert.Equal("content-type", extracted.GetProperty("source").GetProperty("encodingSource").GetString());
    }

    [Fact]
    public async Task Extract_UndeclaredKoi8R_IsGuessedAndSaysItWasInferred()
    {
        var path = Write("kazan.txt", Koi8R.GetBytes(Russian));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("extract", path, "--format", "json");

        Assert.True(exitCode == 0, stderr);
        var extracted = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(Russian, extracted.GetProperty("text").GetString());
        Assert.Equal("koi8-r", extracted.GetProperty("source").GetProperty("encoding").GetString());
        Assert.Equal("inferred", extracted.GetProperty("source").GetProperty("encodingSource").GetString());
    }

    [Fact]
    public async Task Batch_HtmlRecordWithALegacyMeta_StaysUnicodeAsTheJsonStringIs()
    {
        // The record's text is a JSON string, already Unicode: the page's own <meta> no longer describes its bytes.
        var page = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + French + "</p></body></html>";
        var input = Write("in.jsonl", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = "colmar", text = page }) + "\n"));
        var output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, stderr) = await CliRunner.RunAsync("batch", "--input", input, "--output", output, "--sentences", "3");

        Assert.True(exitCode == 0, stderr);
        var summary = JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("summary").GetString();
        Assert.Contains("Le vin chaud coûte désormais 4 €", summary, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
