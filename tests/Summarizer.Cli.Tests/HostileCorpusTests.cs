using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Summarizer.Core;
using Summarizer.Core.Text;
using Summarizer.Testing.Documents;

namespace Summarizer.Cli.Tests;

/// <summary>
/// The hostile corpus through the built <c>summarizer summarize</c>, one process per file, as a user would run it:
/// each file ends with its expected outcome (a clear error code, or a summary of bounded size) inside a time limit,
/// and the process never holds more than <see cref="MemoryLimit"/>. The GC heap is capped below that limit too, so a
/// decoder that tries to hold a bomb in memory fails here however briefly it peaks.
/// </summary>
/// <remarks>
/// Set <c>SUMMARIZER_HOSTILE_CORPUS</c> to a folder to keep the generated files there (scripts/bench-hostile.sh uses
/// them to measure builds against each other).
/// </remarks>
public sealed partial class HostileCorpusTests : IDisposable
{
    private const long MemoryLimit = 600L * 1024 * 1024;

    /// <summary>Far above what any file needs when its budget holds (a few seconds), far below what they took before (minutes).</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(45);

    /// <summary>The most a summary of any of these files may print as JSON: three bounded sentences and their analysis.</summary>
    private const int MaxSummaryJsonLength = 48 * 1024;

    private static readonly Dictionary<string, string> Environment = new()
    {
        ["DOTNET_GCHeapHardLimit"] = "0x1C000000", // 448 MiB
    };

    private static readonly HashSet<string> KnownCodes = [.. typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    private readonly string _folder = System.Environment.GetEnvironmentVariable("SUMMARIZER_HOSTILE_CORPUS") is { Length: > 0 } keep
        ? Directory.CreateDirectory(keep).FullName
        : Directory.CreateTempSubdirectory("summarizer-hostile-").FullName;

    public static TheoryData<string> Names => [.. HostileFiles.All.Select(f => f.Name)];

    public void Dispose()
    {
        if (System.Environment.GetEnvironmentVariable("SUMMARIZER_HOSTILE_CORPUS") is not { Length: > 0 })
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Summarize_HostileFile_EndsWithItsOutcomeWithinTimeAndMemory(string name)
    {
        var file = HostileFiles.Get(name);
        var path = Path.Combine(_folder, file.Name);
        await File.WriteAllBytesAsync(path, file.Generate());

        var run = await CliProcess.RunAsync(Environment, TimeLimit, "summarize", path, "--format", "json");

        Assert.True(run.PeakMemory <= MemoryLimit, $"{name}: peak memory {run.PeakMemory / (1024 * 1024):N0} MB");
        var refused = ErrorLine().Match(run.Stderr);
        switch (file.Expected)
        {
            case HostileFiles.Summary:
                AssertBoundedSummary(name, run);
                break;
            case HostileFiles.CodeOrSummary when run.ExitCode == 0:
                AssertBoundedSummary(name, run);
                break;
            case HostileFiles.CodeOrSummary:
                Assert.True(run.ExitCode == 1 && refused.Success && KnownCodes.Contains(refused.Groups["code"].Value), $"{name}: exit {run.ExitCode}, {run.Stderr}");
                break;
            default:
                Assert.True(run.ExitCode == 1, $"{name}: exit {run.ExitCode}, {run.Stderr}");
                Assert.Equal(file.Expected, refused.Groups["code"].Value);
                Assert.Equal("", run.Stdout);
                break;
        }

        Assert.True(run.ExitCode != 1 || run.StderrLines.Length == 1, $"{name}: one line per failed input, got {run.Stderr}");
    }

    private static void AssertBoundedSummary(string name, CliProcess.Result run)
    {
        Assert.True(run.ExitCode == 0, $"{name}: exit {run.ExitCode}, {run.Stderr}");
        Assert.True(run.Stdout.Length <= MaxSummaryJsonLength, $"{name}: {run.Stdout.Length:N0} characters of JSON");
        using var document = JsonDocument.Parse(run.Stdout);
        var sentences = document.RootElement.GetProperty("summarySentences").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.InRange(sentences.Count, 1, 3);
        Assert.All(sentences, s => Assert.InRange(WordTokenizer.CountWords(s), 0, LongSentenceSplitter.MaxWords));
    }

    [GeneratedRegex(@": (?<code>[a-z_]+): ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ErrorLine();
}
