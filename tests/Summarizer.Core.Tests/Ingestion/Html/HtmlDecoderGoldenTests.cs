using Summarizer.Core.Ingestion.Html;


namespace Summarizer.Core.Tests.Ingestion.Html;

/// <summary>
/// The text of the repository's own test pages, as the decoder read them when it still parsed with AngleSharp
/// (<c>pages/*.expected.txt</c>, written by that decoder): the own parser must not change what a page yields.
/// </summary>
public sealed class HtmlDecoderGoldenTests
{
    [Theory]
    [InlineData("formula")]
    [InlineData("furniture-inside-article")]
    [InlineData("no-landmarks")]
    [InlineData("promo-and-comment-articles")]
    [InlineData("webforms-page")]
    public void Decode_TestPage_GivesTheTextTheAngleSharpDecoderGave(string page)
    {
        var html = IngestionFixtures.Read(Path.Combine("pages", page + ".html"));

        var article = new HtmlDecoder().Decode(html);

        Assert.Equal(IngestionFixtures.Read(Path.Combine("pages", page + ".expected.txt")), article.Text);
    }
}
