using Azure;
using Summarizer.Azure.Storage;

namespace Summarizer.Azure.Tests.Storage;

public sealed class SummaryMetadataTests
{
    private static readonly ArticleSnapshot Article = new("a.txt", new ETag("\"0x8DC0FFEE\""), new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), 42, "text/plain");

    [Theory]
    [InlineData("extractive/0.1/length=medium")]
    [InlineData("azure-openai/1.0/sentences=3;language=français")]
    [InlineData("odd/100%/value")]
    public void ToDictionary_AnyFingerprint_IsAsciiAndReadsBack(string fingerprint)
    {
        var metadata = SummaryMetadata.For(Article, new string('a', 64), fingerprint);

        var stored = metadata.ToDictionary();
        var read = SummaryMetadata.From(stored);

        Assert.All(stored.Values, v => Assert.All(v, c => Assert.InRange(c, ' ', '~')));
        Assert.Equal(metadata, read);
        Assert.True(read.Describes(Article, fingerprint));
    }

    [Fact]
    public void From_BlobWithoutProvenance_DescribesNothing()
    {
        var read = SummaryMetadata.From(new Dictionary<string, string>());

        Assert.False(read.Describes(Article, "extractive/0.1/length=medium"));
        Assert.False(read.HasContent(new string('a', 64), "extractive/0.1/length=medium"));
    }

    [Fact]
    public void DegradedSummary_ReadsBackDegradedAndIsNotUpToDateForTheConfiguredEngine()
    {
        const string model = "azure-openai/0.1+gpt-test/length=medium";
        var metadata = SummaryMetadata.For(Article, new string('a', 64), "extractive/1.0/length=medium") with { Degraded = true };
        var stored = new StoredBlob(new ETag("\"0x1\""), SummaryMetadata.From(metadata.ToDictionary()));
        var snapshot = new SummarySnapshot(stored, stored, null);

        Assert.True(stored.Metadata.Degraded);
        Assert.Equal("true", metadata.ToDictionary()[SummaryMetadata.DegradedKey]);
        Assert.False(snapshot.HasSummaryOf(Article, model));
        Assert.True(snapshot.HasDegradedSummaryOf(Article));
        Assert.False(SummaryMetadata.From(SummaryMetadata.For(Article, "", model).ToDictionary()).Degraded);
    }
}
