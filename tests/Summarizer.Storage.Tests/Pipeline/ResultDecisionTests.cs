using Azure;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;

namespace Summarizer.Storage.Tests.Pipeline;

/// <summary>
/// The pipeline's decision with no storage at all: named cases with the exact step expected, then every combination
/// of stored result, version order, engine, Markdown, leftovers and what the run knows, checked against the rules
/// that must hold whatever the combination.
/// </summary>
public sealed class ResultDecisionTests
{
    private const string Engine = "extractive/1.0/length=medium";
    private const string OtherEngine = "extractive/0.9/length=medium";

    // A degraded summary carries the fallback's fingerprint, never the configured engine's.
    private const string Fallback = "extractive-fallback/1.0/length=medium";
    private const string Sha = "aaaa";
    private const long Limit = 1000;
    private static readonly DateTimeOffset Then = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ArticleSnapshot Current = new("a.txt", new ETag("\"v2\""), Then, 100, "text/plain");

    public enum Kind { None, Summary, Degraded, Failure, LegacyFailure }

    public enum Age { Same, Older, Newer, SameSecond }

    public enum Rendering { None, OfResult, OfOlderResult, WrittenBefore20 }

    [Fact]
    public void NothingStored_BytesNotRead_ReadsThemToSummarise() =>
        Assert.Equal(NextStep.Summarize, Decide(SummarySnapshot.Empty).Step);

    [Fact]
    public void NothingStored_TooLarge_RecordsInputTooLargeWithoutReading()
    {
        var decision = Decide(SummarySnapshot.Empty, article: Current with { Length = Limit + 1 });

        Assert.Equal((NextStep.RecordFailure, ErrorCodes.InputTooLarge), (decision.Step, decision.ErrorCode));
        Assert.Contains("1,001 bytes", decision.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void CurrentSummaryAndItsRendering_UpToDateAndSettled()
    {
        var result = Result(Kind.Summary, Age.Same);

        var decision = Decide(new SummarySnapshot(result, Markdown(Rendering.OfResult, result), null));

        Assert.Equal(NextStep.UpToDate, decision.Step);
        Assert.True(decision.IsSettled);
    }

    [Theory]
    [InlineData(Rendering.None)]
    [InlineData(Rendering.OfOlderResult)]
    public void CurrentSummary_RenderingMissingOrOfAnotherResult_RendersMarkdownOnly(Rendering rendering)
    {
        var result = Result(Kind.Summary, Age.Same);

        Assert.Equal(NextStep.RenderMarkdown, Decide(new SummarySnapshot(result, Markdown(rendering, result), null)).Step);
    }

    [Fact]
    public void SummaryAndRenderingWrittenBefore20_UpToDateWithoutMigration()
    {
        var result = Result(Kind.Summary, Age.Same);

        Assert.True(Decide(new SummarySnapshot(result, Markdown(Rendering.WrittenBefore20, result), null)).IsSettled);
    }

    [Fact]
    public void CurrentSummary_OtherEngine_Summarises()
    {
        var result = Result(Kind.Summary, Age.Same, OtherEngine);

        Assert.Equal(NextStep.Summarize, Decide(new SummarySnapshot(result, Markdown(Rendering.OfResult, result), null), sha: Sha).Step);
    }

    [Theory]
    [InlineData(false, NextStep.Summarize)]
    [InlineData(true, NextStep.UpToDate)]
    public void DegradedSummary_TakenOnlyFromARunThisOneWaitedFor(bool waited, NextStep expected)
    {
        var result = Result(Kind.Degraded, Age.Same);

        var decision = Decide(new SummarySnapshot(result, Markdown(Rendering.OfResult, result), null), acceptDegraded: waited);

        Assert.Equal(expected, decision.Step);
        Assert.Equal(waited, decision.Degraded);
    }

    [Fact]
    public void CurrentFailure_UpToDateWithItsCode_AndAnOlderRenderingGoes()
    {
        var result = Result(Kind.Failure, Age.Same);

        var decision = Decide(new SummarySnapshot(result, Markdown(Rendering.OfOlderResult, result), null));

        Assert.Equal((NextStep.UpToDate, ErrorCodes.InvalidEncoding, true), (decision.Step, decision.ErrorCode, decision.RemoveMarkdown));
        Assert.False(decision.IsSettled);
    }

    [Fact]
    public void FailureOfAnotherEngine_Summarises() =>
        Assert.Equal(NextStep.Summarize, Decide(new SummarySnapshot(Result(Kind.Failure, Age.Same, OtherEngine), null, null)).Step);

    [Fact]
    public void OlderSummary_SameBytesSameEngine_ReusedWithoutEngine() =>
        Assert.Equal(NextStep.Reuse, Decide(new SummarySnapshot(Result(Kind.Summary, Age.Older), null, null), sha: Sha).Step);

    [Fact]
    public void OlderSummary_OtherBytes_Summarises() =>
        Assert.Equal(NextStep.Summarize, Decide(new SummarySnapshot(Result(Kind.Summary, Age.Older), null, null), sha: "bbbb").Step);

    [Fact]
    public void OlderFailure_SameBytes_SummarisesAgain() =>
        Assert.Equal(NextStep.Summarize, Decide(new SummarySnapshot(Result(Kind.Failure, Age.Older), null, null), sha: Sha).Step);

    [Fact]
    public void ResultOfANewerVersion_IsLeftAlone() =>
        Assert.Equal(NextStep.NewerVersionExists, Decide(new SummarySnapshot(Result(Kind.Summary, Age.Newer), null, null)).Step);

    [Theory]
    [InlineData(null, NextStep.CheckArticle)]
    [InlineData(true, NextStep.Summarize)]
    [InlineData(false, NextStep.NewerVersionExists)]
    public void ResultOfAnotherVersionInTheSameSecond_AsksTheArticleOnce(bool? articleIsCurrent, NextStep expected) =>
        Assert.Equal(expected, Decide(new SummarySnapshot(Result(Kind.Summary, Age.SameSecond), null, null), isCurrent: articleIsCurrent).Step);

    [Theory]
    [InlineData(Age.Newer)]
    [InlineData(Age.SameSecond)]
    public void ArticleReadAfterItsOutputs_AnyOtherVersionsResultIsOlder(Age age) =>
        Assert.Equal(NextStep.Summarize, Decide(new SummarySnapshot(Result(Kind.Summary, age), null, null), readAfter: true).Step);

    [Fact]
    public void CurrentErrorRecordWrittenBefore20_MigratedWithoutEngine() =>
        Assert.Equal(NextStep.MigrateLegacyFailure, Decide(new SummarySnapshot(null, null, Result(Kind.LegacyFailure, Age.Same))).Step);

    [Fact]
    public void ErrorRecordWrittenBefore20BesideCurrentSummary_RemovedWithoutEngine()
    {
        var result = Result(Kind.Summary, Age.Same);
        var legacy = Result(Kind.LegacyFailure, Age.Older);

        var decision = Decide(new SummarySnapshot(result, Markdown(Rendering.OfResult, result), legacy));

        Assert.Equal((NextStep.UpToDate, true), (decision.Step, decision.RemoveLegacyError));
    }

    [Fact]
    public void CurrentErrorRecordWrittenBefore20BesideOlderSummary_MigratesAndDropsTheRendering()
    {
        var older = Result(Kind.Summary, Age.Older);
        var legacy = Result(Kind.LegacyFailure, Age.Same);

        var decision = Decide(new SummarySnapshot(older, Markdown(Rendering.OfResult, older), legacy));

        Assert.Equal((NextStep.MigrateLegacyFailure, true), (decision.Step, decision.RemoveMarkdown));
    }

    [Fact]
    public void UnreadableResultOfThisVersion_Summarises()
    {
        var result = Result(Kind.Summary, Age.Same);

        Assert.Equal(NextStep.Summarize, Decide(new SummarySnapshot(result, Markdown(Rendering.OfResult, result), null), sha: Sha, unreadable: true).Step);
    }

    [Fact]
    public void ResultWithoutProvenance_IsOlderThanAnyArticle() =>
        Assert.Equal(NextStep.Summarize, Decide(new SummarySnapshot(new StoredBlob(new ETag("\"x\""), SummaryMetadata.From(null)), null, null)).Step);

    public static TheoryData<Kind> Kinds() => [.. Enum.GetValues<Kind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryCombination_KeepsTheRules(Kind kind)
    {
        foreach (var age in Enum.GetValues<Age>())
        foreach (var engine in kind == Kind.Degraded ? [Fallback] : new[] { Engine, OtherEngine })
        foreach (var rendering in Enum.GetValues<Rendering>())
        foreach (var leftover in new[] { false, true })
        foreach (var sha in new[] { null, Sha, "bbbb" })
        foreach (var waited in new[] { false, true })
        foreach (var readAfter in new[] { false, true })
        foreach (var isCurrent in new bool?[] { null, true, false })
        foreach (var tooLarge in new[] { false, true })
        foreach (var unreadable in new[] { false, true })
        {
            var result = kind == Kind.None ? null : Result(kind, age, engine);
            var legacyResult = kind == Kind.LegacyFailure;
            var stored = new SummarySnapshot(
                legacyResult ? null : result,
                result is null ? null : Markdown(rendering, result),
                legacyResult ? result : leftover && result is not null ? Result(Kind.LegacyFailure, Age.Older, Engine, etag: "\"old\"") : null);
            var article = tooLarge ? Current with { Length = Limit + 1 } : Current;
            var decision = Decide(stored, article, sha, waited, readAfter, isCurrent, unreadable);
            var what = $"{kind} {age} {engine} {rendering} leftover={leftover} sha={sha} waited={waited} readAfter={readAfter} current={isCurrent} tooLarge={tooLarge} unreadable={unreadable}: {decision}";

            var newer = result is not null && !readAfter && (age == Age.Newer || (age == Age.SameSecond && isCurrent == false));
            var unknown = result is not null && !readAfter && age == Age.SameSecond && isCurrent is null;
            var ofThisVersion = result is not null && age == Age.Same;
            var byThisEngine = engine == Engine || (kind == Kind.Degraded && waited);
            var stands = ofThisVersion && !unreadable && byThisEngine && kind != Kind.Degraded | waited;

            Assert.True((decision.Step == NextStep.NewerVersionExists) == newer, what);
            Assert.True((decision.Step == NextStep.CheckArticle) == unknown, what);
            if (decision.Step is NextStep.UpToDate or NextStep.RenderMarkdown or NextStep.MigrateLegacyFailure)
            {
                Assert.True(ofThisVersion && !unreadable && byThisEngine, what);
            }

            if (!newer && !unknown && stands)
            {
                // A result of this version by this engine stands: never pay the engine or record a failure over it.
                Assert.DoesNotContain(decision.Step, new[] { NextStep.Summarize, NextStep.RecordFailure, NextStep.Reuse });
            }

            Assert.True((decision.Step == NextStep.MigrateLegacyFailure) == (legacyResult && ofThisVersion && !unreadable && engine == Engine), what);
            Assert.True(decision.Step != NextStep.RecordFailure || (tooLarge && decision.ErrorCode == ErrorCodes.InputTooLarge), what);
            Assert.True(decision.Step != NextStep.Summarize || !tooLarge, what);
            Assert.True(decision.Step != NextStep.Reuse
                || (kind == Kind.Summary && sha == Sha && engine == Engine && !tooLarge && !unreadable), what);
            Assert.True(decision.Step != NextStep.RenderMarkdown
                || (kind is Kind.Summary or Kind.Degraded && rendering is Rendering.None or Rendering.OfOlderResult), what);
            Assert.True(decision.Step != NextStep.UpToDate || kind is not (Kind.Summary or Kind.Degraded)
                || rendering is Rendering.OfResult or Rendering.WrittenBefore20, what);
            Assert.True((decision.ErrorCode is not null && decision.Step == NextStep.UpToDate) == (decision.Step == NextStep.UpToDate && kind == Kind.Failure), what);
            Assert.True(!decision.Degraded || (kind == Kind.Degraded && waited && engine != Engine), what);
            Assert.True(!decision.RemoveMarkdown || (kind is Kind.Failure or Kind.LegacyFailure && stored.Markdown is not null), what);
            Assert.True(!decision.RemoveLegacyError || stored.LegacyError is not null && !legacyResult, what);
        }
    }

    private static Decision Decide(SummarySnapshot stored, ArticleSnapshot? article = null, string? sha = null, bool acceptDegraded = false,
        bool readAfter = false, bool? isCurrent = null, bool unreadable = false) =>
        ResultDecision.Decide(new DecisionInput(article ?? Current, stored, Engine, Limit)
        {
            ContentSha256 = sha,
            AcceptDegraded = acceptDegraded,
            ArticleReadAfterOutputs = readAfter,
            ArticleIsCurrent = isCurrent,
            StoredResultUnreadable = unreadable,
        });

    // A stored result of the given kind, for a version of the given age relative to Current.
    private static StoredBlob Result(Kind kind, Age age, string engine = Engine, string etag = "\"r1\"")
    {
        var (source, modified) = age switch
        {
            Age.Same => (Current.ETag.ToString(), Then),
            Age.Older => ("\"v1\"", Then.AddMinutes(-5)),
            Age.Newer => ("\"v3\"", Then.AddMinutes(5)),
            _ => ("\"v1b\"", Then),
        };
        var metadata = new SummaryMetadata(source, modified, Sha, kind == Kind.Degraded ? Fallback : engine) with
        {
            Degraded = kind == Kind.Degraded,
            ErrorCode = kind == Kind.Failure ? ErrorCodes.InvalidEncoding : null,
        };
        return new StoredBlob(new ETag(etag), metadata);
    }

    private static StoredBlob? Markdown(Rendering rendering, StoredBlob result) => rendering switch
    {
        Rendering.OfResult => new StoredBlob(new ETag("\"m1\""), result.Metadata with { ResultETag = result.ETag.ToString() }),
        Rendering.OfOlderResult => new StoredBlob(new ETag("\"m0\""), result.Metadata with { ResultETag = "\"r0\"" }),
        Rendering.WrittenBefore20 => new StoredBlob(new ETag("\"m2\""), result.Metadata),
        _ => null,
    };
}
