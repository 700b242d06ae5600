using System.Text;
using System.Text.Json;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Budgets;

/// <summary>
/// The articles the allocation budgets are measured on, all shipped with the tests, in groups that take different
/// paths through the engine: English news (plain text, most with a title), other languages, and web pages.
/// </summary>
internal static class BudgetFixtures
{
    public const string News = "news";
    public const string Languages = "languages";
    public const string Pages = "pages";

    public static IReadOnlyList<string> Groups { get; } = [News, Languages, Pages];

    public static IReadOnlyList<BudgetArticle> Of(string group) => group switch
    {
        News => [.. FidelityArticles(), Text("Fixtures/Articles/northbridge-bridge.txt"), Text("Fixtures/Articles/captions.txt"), .. KeyPhraseArticles(english: true)],
        Languages => [.. KeyPhraseArticles(english: false)],
        Pages => [.. Directory.GetFiles(Root("Fixtures/Ingestion"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => new BudgetArticle(new ArticleInput(File.ReadAllBytes(path), Path.GetFileName(path), "text/html"), Title: null))],
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "no such fixture group"),
    };

    // Thirty generated news articles with titles (Fixtures/Fidelity/make-articles.py).
    private static IEnumerable<BudgetArticle> FidelityArticles() =>
        File.ReadLines(Root("Fixtures/Fidelity/articles.jsonl")).Where(line => line.Length > 0).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return new BudgetArticle(Plain(json.RootElement.GetProperty("text").GetString()!), json.RootElement.GetProperty("title").GetString());
        });

    // The key-phrase set's articles: four English, one each in nine other languages.
    private static IEnumerable<BudgetArticle> KeyPhraseArticles(bool english) =>
        File.ReadAllText(Root("Engines/Fixtures/keyphrase-articles.txt")).Split("=== ").Skip(1)
            .Select(block => block.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Where(lines => (lines[0].Trim() == "en") == english)
            .Select(lines => new BudgetArticle(Plain(lines[1]), Title: null));

    private static BudgetArticle Text(string path) => new(Plain(File.ReadAllText(Root(path))), Title: null);

    private static ArticleInput Plain(string text) => new(Encoding.UTF8.GetBytes(text), ContentType: "text/plain");

    private static string Root(string path) => Path.Combine(AppContext.BaseDirectory, path);
}

/// <summary>One fixture article: its bytes as a host receives them, and the title a batch record would carry.</summary>
internal sealed record BudgetArticle(ArticleInput Input, string? Title);
