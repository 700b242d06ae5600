using System.Text.Json;

namespace Summarizer.Core.Tests.Pages;

/// <summary>
/// The page corpus on disk: <c>pages.json</c> (the manifest with every page's provenance and expectations), the pages'
/// bytes under <c>html/</c>, and <c>known-gaps.tsv</c>, the expectations our pipeline does not meet yet.
/// </summary>
public sealed class PageCorpus
{
    public const string ManifestName = "pages.json";
    public const string KnownGapsName = "known-gaps.tsv";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private PageCorpus(string directory, IReadOnlyList<CorpusPage> pages)
    {
        Directory = directory;
        Pages = pages;
    }

    public string Directory { get; }

    public IReadOnlyList<CorpusPage> Pages { get; }

    /// <summary>The corpus shipped beside the test assembly (Fixtures/Pages).</summary>
    public static PageCorpus LoadShipped() => Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages"));

    public static PageCorpus Load(string directory)
    {
        var json = File.ReadAllText(Path.Combine(directory, ManifestName));
        var pages = JsonSerializer.Deserialize<List<CorpusPage>>(json, JsonOptions)
            ?? throw new InvalidDataException($"{ManifestName} holds no pages.");
        return new PageCorpus(directory, pages);
    }

    public byte[] ReadBytes(CorpusPage page) => File.ReadAllBytes(Path.Combine(Directory, page.File));

    /// <summary>The known gaps, one per line; blank lines and lines starting with '#' are comments.</summary>
    public IReadOnlyList<PageGap> ReadKnownGaps()
    {
        var path = Path.Combine(Directory, KnownGapsName);
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(PageGap.Parse)
            .ToList();
    }
}
