using Azure;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;

namespace Summarizer.Storage.Tests.Pipeline;

/// <summary>
/// The decision for an article that holds only a link: its result is current for the article blob (the trigger does
/// nothing more), and only a refresh looks at the page again, conditionally for a summary and from the start for a
/// failure.
/// </summary>
public sealed class LinkDecisionTests
{
    private const string Engine = "extractive/1.0/length=medium";
    private const string Sha = "aaaa";
    private static readonly DateTimeOffset Then = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ArticleSnapshot Current = new("a.url", new ETag("\"v2\""), Then, 60, "application/octet-stream");

    [Theory]
    [InlineData(PageCheck.NotAsked, NextStep.UpToDate)]
    [InlineData(PageCheck.Due, NextStep.FetchPageAgain)]
    [InlineData(PageCheck.Unchanged, NextStep.UpToDate)]
    [InlineData(PageCheck.Changed, NextStep.Summarize)]
    public void LinkSummary_CurrentForTheBlob_OnlyARefreshLooksAtThePage(PageCheck page, NextStep expected) =>
        Assert.Equal(expected, Decide(Summary(link: true), page).Step);

    [Fact]
    public void OrdinarySummary_RefreshAsked_UpToDateWithoutAnyFetch() =>
        Assert.Equal(NextStep.UpToDate, Decide(Summary(link: false), PageCheck.Due).Step);

    [Theory]
    [InlineData(PageCheck.NotAsked, NextStep.UpToDate)]
    [InlineData(PageCheck.Due, NextStep.Summarize)]
    public void LinkFailure_ARefreshReadsTheLinkAndFetchesAfresh(PageCheck page, NextStep expected) =>
        Assert.Equal(expected, Decide(Failure(), page).Step);

    [Theory]
    [InlineData(PageCheck.NotAsked, NextStep.Reuse)]
    [InlineData(PageCheck.Due, NextStep.Summarize)]
    public void LinkReuploadedWithTheSameBytes_ReusedUnlessARefreshAsksForThePage(PageCheck page, NextStep expected)
    {
        var older = Summary(link: true) with { Metadata = Summary(link: true).Metadata with { SourceETag = "\"v1\"", SourceLastModified = Then.AddMinutes(-5) } };

        Assert.Equal(expected, Decide(older, page, sha: Sha).Step);
    }

    [Fact]
    public void PageChanged_SameArticleBytes_SummarisedNotReused() =>
        Assert.Equal(NextStep.Summarize, Decide(Summary(link: true), PageCheck.Changed, sha: Sha).Step);

    private static Decision Decide(StoredBlob result, PageCheck page, string? sha = null)
    {
        var markdown = result.Metadata.IsFailure ? null : new StoredBlob(new ETag("\"m1\""), result.Metadata with { ResultETag = result.ETag.ToString() });
        return ResultDecision.Decide(new DecisionInput(Current, new SummarySnapshot(result, markdown, null), Engine, 1000)
        {
            ContentSha256 = sha,
            Page = page,
        });
    }

    private static StoredBlob Summary(bool link) =>
        new(new ETag("\"r1\""), new SummaryMetadata(Current.ETag.ToString(), Then, Sha, Engine) { Link = link });

    private static StoredBlob Failure() =>
        new(new ETag("\"r1\""), new SummaryMetadata(Current.ETag.ToString(), Then, Sha, Engine) { Link = true, ErrorCode = ErrorCodes.FetchFailed });
}
