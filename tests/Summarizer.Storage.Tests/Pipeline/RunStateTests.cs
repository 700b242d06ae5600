using Azure;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core.Engines;

namespace Summarizer.Storage.Tests.Pipeline;

/// <summary>What a run may go on knowing when it reads its article's outputs again.</summary>
public sealed class RunStateTests
{
    private static readonly DateTimeOffset Then = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ArticleSnapshot Article = new("a.txt", new ETag("\"v2\""), Then, 10, "text/plain");
    private static readonly StoredBlob Older = new(new ETag("\"r1\""), new SummaryMetadata("\"v1\"", Then, "", "f"));

    [Fact]
    public async Task OutputsReadAgainWithANewResult_ForgetsTheirOrderAndWhetherTheArticleWasCurrent()
    {
        await using var state = State(new SummarySnapshot(Older, null, null));
        state.Hold(Article);
        state.ArticleIsCurrent = true;

        state.Stored = new SummarySnapshot(new StoredBlob(new ETag("\"r3\""), new SummaryMetadata("\"v3\"", Then, "", "f")), null, null);

        // A result written in the same second after the check could be the newer version's: ask again.
        Assert.Equal(NextStep.CheckArticle, ResultDecision.Decide(state.Input).Step);
    }

    [Fact]
    public async Task OutputsReadAgainUnchanged_KeepTheirOrder()
    {
        await using var state = State(new SummarySnapshot(Older, null, null));
        state.Hold(Article);

        state.Stored = new SummarySnapshot(Older, null, null);

        Assert.True(state.Input.ArticleReadAfterOutputs);
        Assert.Equal(NextStep.Summarize, ResultDecision.Decide(state.Input).Step);
    }

    private static RunState State(SummarySnapshot stored) =>
        new(BlobNames.For("a.txt"), new PipelineSettings(1000, SummaryOptions.Default, "f")) { Stored = stored };
}
