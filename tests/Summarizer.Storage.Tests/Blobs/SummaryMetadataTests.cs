using Azure;
using Summarizer.Storage.Blobs;

namespace Summarizer.Storage.Tests.Blobs;

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
        Assert.Equal(Article.ETag.ToString(), read.SourceETag);
        Assert.Equal(Article.LastModified, read.SourceLastModified);
    }

    [Fact]
    public void ToDictionary_FailureDegradedAndRendering_ReadBack()
    {
        var failure = SummaryMetadata.For(Article, "", "extractive/1.0/length=medium") with { ErrorCode = "invalid_encoding" };
        var rendering = SummaryMetadata.For(Article, new string('b', 64), "extractive-fallback/1.0") with { Degraded = true, ResultETag = "\"0x8DABC\"" };

        var failureRead = SummaryMetadata.From(failure.ToDictionary());
        var renderingRead = SummaryMetadata.From(rendering.ToDictionary());

        Assert.True(failureRead.IsFailure);
        Assert.Equal("invalid_encoding", failureRead.ErrorCode);
        Assert.Equal(rendering, renderingRead);
        Assert.False(renderingRead.IsFailure);
        Assert.Equal("true", rendering.ToDictionary()[SummaryMetadata.DegradedKey]);
    }

    [Fact]
    public void From_BlobWithoutProvenance_ReadsAsEmptyAndOldest()
    {
        var read = SummaryMetadata.From(new Dictionary<string, string>());

        Assert.Equal("", read.SourceETag);
        Assert.Equal(DateTimeOffset.MinValue, read.SourceLastModified);
        Assert.Null(read.ErrorCode);
        Assert.Null(read.ResultETag);
    }
}
