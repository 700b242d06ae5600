namespace Summarizer.Core.Tests.Engines;

/// <summary>
/// The hand-written shortener corpus (Fixtures/shortener-corpus.txt) and the news text the property test runs over:
/// every sentence of the dev sets beside the repository (../shared/eval, as in CI), or the shipped fixtures without it.
/// </summary>
internal static class ShortenerCorpus
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Engines", "Fixtures");

    public static IReadOnlyList<(string Rule, string Input, string Expected)> Cases { get; } = Load();

    /// <summary>The dev sets' article texts when ../shared/eval sits beside the repository root, else null.</summary>
    public static IReadOnlyList<string>? DevArticles()
    {
        // CI checks the repository out with ../shared beside it; a git worktree may sit a level deeper.
        var root = RepositoryRoot();
        var eval = root is null
            ? null
            : new[] { Path.Combine(root, "..", "shared", "eval"), Path.Combine(root, "..", "..", "shared", "eval") }.FirstOrDefault(Directory.Exists);
        if (eval is null)
        {
            return null;
        }

        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(eval, "*-dev.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                texts.Add(json.RootElement.GetProperty("text").GetString()!);
            }
        }

        return texts.Count > 0 ? texts : null;
    }

    /// <summary>The articles shipped with the tests, for runs without the dev sets.</summary>
    public static IReadOnlyList<string> ShippedArticles() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText),
         .. Cases.Select(c => c.Input)];

    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Summarizer.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static List<(string, string, string)> Load()
    {
        var cases = new List<(string, string, string)>();
        string? rule = null, input = null;
        foreach (var line in File.ReadLines(Path.Combine(Folder, "shortener-corpus.txt")))
        {
            if (line.StartsWith("rule: ", StringComparison.Ordinal))
            {
                rule = line[6..];
            }
            else if (line.StartsWith("in: ", StringComparison.Ordinal))
            {
                input = line[4..];
            }
            else if (line.StartsWith("out: ", StringComparison.Ordinal))
            {
                var expected = line[5..] == "=" ? input! : line[5..];
                cases.Add((rule!, input!, expected));
                rule = input = null;
            }
        }

        return cases;
    }
}
