using Summarizer.Storage.Blobs;
using Summarizer.Core;

namespace Summarizer.Storage.Tests.Blobs;

public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("a.txt", "a.txt.json", "a.txt.md", "a.txt.error.json")]
    [InlineData("folder/sub/article.html", "folder/sub/article.html.json", "folder/sub/article.html.md", "folder/sub/article.html.error.json")]
    [InlineData("my article (final).md", "my article (final).md.json", "my article (final).md.md", "my article (final).md.error.json")]
    [InlineData("東京/ニュース", "東京/ニュース.json", "東京/ニュース.md", "東京/ニュース.error.json")]
    public void For_ValidName_DerivesOutputsBesideIt(string article, string json, string markdown, string error)
    {
        var names = BlobNames.For(article);

        Assert.Equal((json, markdown, error), (names.Json, names.Markdown, names.LegacyError));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ends-with-dot.")]
    [InlineData("ends-with-slash/")]
    [InlineData("double//slash")]
    [InlineData("/leading-slash")]
    [InlineData("a/../b")]
    [InlineData("a/./b")]
    [InlineData("back\\slash")]
    [InlineData("tab\there")]
    [InlineData("line\nbreak")]
    [InlineData("collides.error")]
    public void TryValidate_UnmappableName_FailsWithReason(string name)
    {
        Assert.False(BlobNames.TryValidate(name, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
        var ex = Assert.Throws<SummarizerException>(() => BlobNames.For(name));
        Assert.Equal(ErrorCodes.InvalidName, ex.Code);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public void TryValidate_LoneSurrogate_Fails()
    {
        Assert.False(BlobNames.TryValidate("lone" + (char)0xD800 + "surrogate", out _));
    }

    [Theory]
    [InlineData(BlobNames.MaxArticleNameLength, true)]
    [InlineData(BlobNames.MaxArticleNameLength + 1, false)]
    [InlineData(BlobNames.MaxBlobNameLength, false)]
    public void TryValidate_LongName_AcceptsOnlyWhatFitsAfterTheLongestSuffix(int length, bool valid)
    {
        var name = new string('x', length);

        Assert.Equal(valid, BlobNames.TryValidate(name, out _));
        if (valid)
        {
            Assert.True(BlobNames.For(name).LegacyError.Length <= BlobNames.MaxBlobNameLength);
        }
    }
}
