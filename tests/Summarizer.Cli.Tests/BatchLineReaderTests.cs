using System.Text;
using Summarizer.Cli.JsonLines;

namespace Summarizer.Cli.Tests;

public sealed class BatchLineReaderTests
{
    [Theory]
    [InlineData("a\nb\nc", new[] { "a", "b", "c" })]
    [InlineData("a\nb\nc\n", new[] { "a", "b", "c" })]
    [InlineData("a\r\n\r\nc\r\n", new[] { "a", "", "c" })]
    [InlineData("\uFEFFa\nb", new[] { "a", "b" })]
    [InlineData("", new string[0])]
    public async Task ReadAsync_Text_YieldsEachLineWithoutBreaks(string text, string[] expected)
    {
        var lines = await ReadAllAsync(Encoding.UTF8.GetBytes(text), maxLineBytes: 1000);

        Assert.Equal(expected, lines.Select(line => Encoding.UTF8.GetString(line.Bytes!)));
        Assert.Equal(Enumerable.Range(1, expected.Length).Select(n => (long)n), lines.Select(line => line.Number));
    }

    [Fact]
    public async Task ReadAsync_LinesLongerThanTheReadBuffer_AreKeptWhole()
    {
        var longLine = new string('x', 700_000);

        var lines = await ReadAllAsync(Encoding.UTF8.GetBytes($"short\n{longLine}\nend"), maxLineBytes: 1_000_000);

        Assert.Equal(["short", longLine, "end"], lines.Select(line => Encoding.UTF8.GetString(line.Bytes!)));
    }

    [Fact]
    public async Task ReadAsync_LineOverTheLimit_IsReportedTooLongAndReadingGoesOn()
    {
        var huge = new string('y', 2_000_000);

        var lines = await ReadAllAsync(Encoding.UTF8.GetBytes($"first\n{huge}\nafter\n{huge}"), maxLineBytes: 100_000);

        Assert.Equal(4, lines.Count);
        Assert.Equal("first", Encoding.UTF8.GetString(lines[0].Bytes!));
        Assert.True(lines[1].IsTooLong);
        Assert.Equal(huge.Length, lines[1].Length);
        Assert.Equal("after", Encoding.UTF8.GetString(lines[2].Bytes!));
        Assert.True(lines[3].IsTooLong);
    }

    private static async Task<List<JsonLine>> ReadAllAsync(byte[] content, long maxLineBytes)
    {
        var lines = new List<JsonLine>();
        await foreach (var line in JsonLinesReader.ReadAsync(new MemoryStream(content), maxLineBytes))
        {
            lines.Add(line);
        }

        return lines;
    }
}
