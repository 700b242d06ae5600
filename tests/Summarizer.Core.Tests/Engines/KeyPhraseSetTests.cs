using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Engines;

/// <summary>
/// Key phrases on articles written for this project in English, German, French, Spanish and Russian
/// (Fixtures/keyphrase-articles.txt): none of the phrases a person would never pick, and some they would.
/// </summary>
public sealed class KeyPhraseSetTests
{
    private static readonly ExtractiveSummarizer Engine = new();

    public static TheoryData<string, string, string[], string[]> Articles()
    {
        var data = new TheoryData<string, string, string[], string[]>();
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engines", "Fixtures", "keyphrase-articles.txt"));
        foreach (var block in text.Split("=== ").Skip(1))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            data.Add(lines[0].Trim(), lines[1], List(lines, "pick: "), List(lines, "never: "));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Summarize_KeyPhrases_HoldNamesAndTopicsAndNeverClausesOrTimeWords(string language, string article, string[] pick, string[] never)
    {
        var summary = Engine.Summarize(Article.FromPlainText(article), SummaryOptions.Default);
        var phrases = summary.KeyPhrases.Select(p => p.Text).ToList();

        Assert.Equal(language, summary.Language);
        foreach (var bad in never)
        {
            Assert.False(phrases.Any(p => p.Contains(bad, StringComparison.OrdinalIgnoreCase)), $"'{bad}' in [{string.Join(", ", phrases)}]");
        }

        var picked = pick.Count(good => phrases.Any(p => p.Contains(good, StringComparison.OrdinalIgnoreCase)));
        Assert.True(picked >= 1, $"none of [{string.Join(", ", pick)}] in [{string.Join(", ", phrases)}]");
    }

    [Fact]
    public void Summarize_LongName_IsNeverCutInside()
    {
        const string text = "NATO Secretary General Mark Rutte said allies would meet again next week. Rutte said the allies agreed on new air defences. "
            + "The allies will send air defences to the eastern members. Mark Rutte thanked the members for the air defences.";

        var phrases = Engine.Summarize(Article.FromPlainText(text), SummaryOptions.Default).KeyPhrases.Select(p => p.Text).ToList();

        Assert.DoesNotContain(phrases, p => p.EndsWith("Mark", StringComparison.Ordinal) || p.EndsWith("General", StringComparison.Ordinal));
        Assert.Contains(phrases, p => p.EndsWith("Mark Rutte", StringComparison.Ordinal) || p == "Rutte");
    }

    private static string[] List(string[] lines, string prefix) =>
        lines.First(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..].Split(" | ", StringSplitOptions.TrimEntries);
}
