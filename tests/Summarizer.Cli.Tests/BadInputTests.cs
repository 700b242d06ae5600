using System.Text;

namespace Summarizer.Cli.Tests;

/// <summary>Every kind of bad input a user may hand <c>summarizer summarize</c> gets a clear code or a sensible summary.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "empty.txt", [], "empty_input" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t \r\n  "), "empty_input" },
        // One Russian word in KOI8-R with nothing to say so: not windows-1252 text, and too little to guess its encoding from.
        { "koi8-r.txt", [0xED, 0xC9, 0xD2, 0x21], "invalid_encoding" },
        { "binary.txt", [0x00, 0x01, 0x02, 0x00, 0x10, 0x20, 0x00, 0xFF], "unsupported_content" },
        { "report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n"), "malformed_document" },
        { "scripts.html", Encoding.UTF8.GetBytes("<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>"), "no_extractable_text" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Summarize_BadInput_ExitsOneWithItsErrorCode(string name, byte[] content, string code)
    {
        var path = Write(name, content);

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("summarize", path);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains($"{name}: {code}: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Summarize_TwoMegabyteLineWithoutPunctuation_GivesASummary()
    {
        var words = new[] { "harbour", "bridge", "council", "vote", "traffic", "river", "tram", "spring" };
        var line = string.Join(' ', Enumerable.Range(0, 330_000).Select(i => words[(i * 5) % words.Length]));
        var path = Write("line.txt", Encoding.UTF8.GetBytes(line));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("summarize", path, "--format", "json");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("\"summarySentences\"", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The ferry to the island was cancelled on Sunday because of the storm.")]
    [InlineData("The ferry to the island was cancelled on Sunday because of the storm. The ferry to the island was cancelled on Sunday because of the storm. The ferry to the island was cancelled on Sunday because of the storm.")]
    public async Task Summarize_SingleOrRepeatedSentence_ReturnsItOnce(string text)
    {
        var path = Write("short.txt", Encoding.UTF8.GetBytes(text));

        var (exitCode, stdout, _) = await CliRunner.RunAsync("summarize", path);

        Assert.Equal(0, exitCode);
        Assert.Equal("The ferry to the island was cancelled on Sunday because of the storm.\n", stdout);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
