using Azure;
using Summarizer.Azure.Storage;

namespace Summarizer.Azure.Tests.Storage;

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
