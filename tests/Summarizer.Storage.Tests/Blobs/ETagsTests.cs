using Azure;
using Summarizer.Storage.Blobs;

namespace Summarizer.Storage.Tests.Blobs;

public sealed class ETagsTests
{
    [Theory]
    [InlineData("0x8DC0FFEE", "\"0x8DC0FFEE\"")]
    [InlineData("\"0x8DC0FFEE\"", "\"0x8DC0FFEE\"")]
    public void Normalize_ListingOrHeaderSpelling_GivesTheHeaderForm(string raw, string expected)
    {
        Assert.Equal(expected, ETags.Normalize(new ETag(raw)).ToString());
    }
}
