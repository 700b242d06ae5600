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
}
