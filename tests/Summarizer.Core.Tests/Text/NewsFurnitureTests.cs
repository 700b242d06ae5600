using Summarizer.Core.Text;

namespace Summarizer.Core.Tests.Text;

public sealed class NewsFurnitureTests
{
    private const string FullHeader = "By . Mark Smith . PUBLISHED: . 12:01 EST, 5 March 2014 . | . UPDATED: . 13:55 EST, 5 March 2014 .";

    [Theory]
    [InlineData(FullHeader + " The minister spoke.", FullHeader)]
    [InlineData("By . Mark Smith . The minister spoke.", "By . Mark Smith .")]
    [InlineData("By . J. K. Smith, Political Editor . The minister spoke.", "By . J. K. Smith, Political Editor .")]
    [InlineData("PUBLISHED: . 12:01 EST, 5 March 2014 . | . UPDATED: . 13:55 EST, 5 March 2014 . Text.", "PUBLISHED: . 12:01 EST, 5 March 2014 . | . UPDATED: . 13:55 EST, 5 March 2014 .")]
    [InlineData("By . Daily Mail Reporter .", "By . Daily Mail Reporter .")]
    [InlineData("By the time police arrived, he had gone.", "")]
    [InlineData("By . an author who writes a very long byline that goes on and on well past any real name length . Text", "")]
    [InlineData("By . Mark Smith. The minister spoke.", "")]
    [InlineData("By . Mark Smith! PUBLISHED: . 12:01 EST .", "")]
    [InlineData("The minister spoke. By . Mark Smith .", "")]
    [InlineData("Scroll down for video The robots were built in 2010.", "Scroll down for video")]
    [InlineData("SCROLL DOWN FOR VIDEO FAKERS: Only 44 per cent are real.", "SCROLL DOWN FOR VIDEO")]
    [InlineData("Scroll down for video . Police said the man fled.", "Scroll down for video .")]
    [InlineData("Scroll down for video.", "Scroll down for video.")]
    [InlineData("Media playback is not supported on this device The former defender is now a coach.", "Media playback is not supported on this device")]
    [InlineData("Scroll down for video of the crash.", "")]
    [InlineData("Scroll down for videos.", "")]
    public void MatchLength_FindsOnlyLeadingFurniture(string text, string expectedFurniture) =>
        Assert.Equal(expectedFurniture, text[..NewsFurniture.MatchLength(text)]);

    [Theory]
    [InlineData(FullHeader, true)]
    [InlineData("By . Mark Smith . ", true)]
    [InlineData("By . Mark Smith . The end.", false)]
    [InlineData("Scroll down for video", true)]
    [InlineData("Media playback is not supported on this device", true)]
    [InlineData("Police said the man fled.", false)]
    [InlineData("", false)]
    public void IsFurniture_IsTrueOnlyForWholeFurniture(string sentence, bool expected) =>
        Assert.Equal(expected, NewsFurniture.IsFurniture(sentence));
}
