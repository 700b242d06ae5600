namespace Summarizer.Core.Tests.Pages;

/// <summary>
/// The page corpus as a ratchet: every expectation of every page either holds or is listed in <c>known-gaps.tsv</c>,
/// and the list is exactly today's failures. A change that breaks an expectation fails here; so does one that closes a
/// gap without removing it from the list, so the list only ever shrinks, in the commit that earns it.
/// </summary>
public sealed class PageCorpusTests
{
    private static readonly TimeSpan PageTimeLimit = TimeSpan.FromSeconds(20);
    private static readonly string[] Kinds =
        ["wikipedia", "government", "blog", "shop", "forum", "news", "news-non-english", "magazine", "docs", "organisation", "legacy-encoding"];

    private readonly PageCorpus _corpus = PageCorpus.LoadShipped();

    [Fact]
    public void Corpus_EveryExpectation_HoldsOrIsAKnownGap()
    {
        var actual = _corpus.Pages.SelectMany(page => EvaluateWithinLimit(page).Gaps).Select(g => g.ToString()).ToHashSet();
        var known = _corpus.ReadKnownGaps().Select(g => g.ToString()).ToHashSet();

        var broken = actual.Except(known).Order(StringComparer.Ordinal).ToList();
        var closed = known.Except(actual).Order(StringComparer.Ordinal).ToList();

        Assert.True(broken.Count == 0 && closed.Count == 0,
            (broken.Count > 0 ? $"Expectations that no longer hold ({broken.Count}):\n{string.Join('\n', broken)}\n" : "")
            + (closed.Count > 0 ? $"Known gaps that now pass; remove them from {PageCorpus.KnownGapsName} ({closed.Count}):\n{string.Join('\n', closed)}" : ""));
    }

    [Fact]
    public void KnownGaps_AreSortedUniqueAndNameRealChecks()
    {
        var gaps = _corpus.ReadKnownGaps();
        var lines = gaps.Select(g => g.ToString()).ToList();
        var ids = _corpus.Pages.Select(p => p.Id).ToHashSet();

        Assert.Equal(lines.Distinct().Order(StringComparer.Ordinal), lines);
        Assert.All(gaps, gap => Assert.Contains(gap.PageId, ids));
        Assert.All(gaps, gap => Assert.Contains(gap.Check, new[] { PageGap.Refused, PageGap.Must, PageGap.Never, PageGap.Summary }));
    }

    [Fact]
    public void Manifest_EveryPage_HasBytesProvenanceAndExpectations()
    {
        Assert.Equal(_corpus.Pages.Count, _corpus.Pages.Select(p => p.Id).Distinct().Count());
        foreach (var page in _corpus.Pages)
        {
            Assert.True(File.Exists(Path.Combine(_corpus.Directory, page.File)), $"{page.Id}: {page.File} is missing");
            Assert.Contains(page.Kind, Kinds);
            Assert.Matches("^[a-z]{2}(-[A-Z][a-z]{3})?$", page.Language);
            Assert.False(string.IsNullOrWhiteSpace(page.Charset), $"{page.Id} has no charset note");
            Assert.Matches(page.Source.Repo is null ? "^https://" : "^[0-9a-f]{40}$", page.Source.Repo is null ? page.Source.Path : page.Source.Commit ?? "");
            Assert.False(string.IsNullOrWhiteSpace(page.Source.Licence), $"{page.Id} has no licence");
            Assert.True(page.Must.Count >= 2, $"{page.Id} needs at least two must-lines");
            Assert.True(page.Never.Count + page.NeverInSummary.Count >= 2, $"{page.Id} needs at least two never-lines");
            Assert.All(page.Must.Concat(page.Never).Concat(page.NeverInSummary), line =>
                Assert.True(line.Trim().Length > 0 && !line.Contains('\t') && !line.Contains('\n'), $"{page.Id}: bad line '{line}'"));
        }
    }

    [Fact]
    public void Manifest_CoversTheKindsTheIssueAsksFor()
    {
        var byKind = _corpus.Pages.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(_corpus.Pages.Count >= 60, $"{_corpus.Pages.Count} pages; the corpus promises at least 60");
        Assert.True(byKind.GetValueOrDefault("legacy-encoding") >= 8, "fewer than 8 pages in legacy encodings");
        Assert.True(byKind.GetValueOrDefault("wikipedia") >= 3, "fewer than 3 Wikipedia pages");
        Assert.True(byKind.GetValueOrDefault("forum") >= 2 && byKind.GetValueOrDefault("shop") >= 2, "too few forums or shops");
    }

    [Theory]
    [InlineData("a\u00A0b\r\n c", "a b c")]
    [InlineData("  Ge\u00ADsetz ", "Gesetz")]
    [InlineData("Cafe\u0301", "Café")]
    public void Fold_WhitespaceSoftHyphensAndComposition_AreNotDifferences(string text, string expected)
    {
        Assert.Equal(expected, PageCorpusEvaluator.Fold(text));
    }

    // A page that hangs the pipeline must fail this test, not the whole run.
    private PageOutcome EvaluateWithinLimit(CorpusPage page)
    {
        var bytes = _corpus.ReadBytes(page);
        var run = Task.Run(() => PageCorpusEvaluator.Evaluate(page, bytes));
        Assert.True(run.Wait(PageTimeLimit), $"{page.Id} took longer than {PageTimeLimit.TotalSeconds:N0} s");
        return run.Result;
    }
}
