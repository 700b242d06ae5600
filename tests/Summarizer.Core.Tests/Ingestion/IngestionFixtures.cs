using System.Text;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Ingestion;

/// <summary>Fixture files under Fixtures/Ingestion and a shorthand for decoding a string as one input.</summary>
internal static class IngestionFixtures
{
    public static string Read(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingestion", name));

        // Expected-output files end with the newline editors add; the decoded text never does.
        return name.EndsWith(".expected.txt", StringComparison.Ordinal) && text.EndsWith('\n') ? text[..^1] : text;
    }

    public static Article Decode(string text, string? sourceName = null, string? contentType = null) =>
        new ArticleDecoder().Decode(new ArticleInput(Encoding.UTF8.GetBytes(text), sourceName, contentType));

    /// <summary>The invariants every decoder promises for <see cref="Article.Text"/>.</summary>
    public static void AssertCleanText(string text)
    {
        Assert.Equal(text.Trim(), text);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n ", text, StringComparison.Ordinal);
        foreach (var block in text.Split("\n\n"))
        {
            Assert.NotEmpty(block);
            Assert.DoesNotContain('\n', block);
        }

        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
    }
}
