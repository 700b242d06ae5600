using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

/// <summary>
/// The synopsis in docs/cli.md is where a user learns what the CLI takes: every command and every option the command
/// tree defines must be in it, so an option added without documenting it fails here.
/// </summary>
public sealed class CliDocsSynopsisTests
{
    private static readonly Lazy<Dictionary<string, string>> Summary = new(ReadSummary);

    public static TheoryData<string, string> CommandsAndOptions()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in CliApplication.CreateRootCommand(TextWriter.Null, TextWriter.Null).Subcommands)
        {
            foreach (var option in command.Options)
            {
                data.Add(command.Name, option.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsAndOptions))]
    public void Summary_ListsEveryOptionOfEveryCommand(string command, string option)
    {
        Assert.True(Summary.Value.TryGetValue(command, out var usage), $"the synopsis in docs/cli.md has no 'summarizer {command}' line");
        Assert.True(usage.Split([' ', '[', ']', '|'], StringSplitOptions.RemoveEmptyEntries).Contains(option),
            $"the 'summarizer {command}' lines of docs/cli.md's synopsis do not list {option}: {usage}");
    }

    // The sh block under "## Synopsis": one entry per command, continued on indented lines.
    private static Dictionary<string, string> ReadSummary()
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine("docs", "cli.md"));
        var start = Array.IndexOf(lines, "## Synopsis");
        Assert.True(start >= 0, "docs/cli.md has no '## Synopsis' section");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in lines.Skip(Array.IndexOf(lines, "```sh", start) + 1).TakeWhile(l => l != "```"))
        {
            if (line.StartsWith("summarizer ", StringComparison.Ordinal))
            {
                current = line.Split(' ')[1];
                entries[current] = line;
            }
            else if (current is not null)
            {
                entries[current] += " " + line.Trim();
            }
        }

        return entries;
    }
}
