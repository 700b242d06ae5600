using Summarizer.Core.Text;

namespace Summarizer.Core.Tests.Text;

public sealed class RunOnCaptionSplitterTests
{
    [Theory]
    [InlineData(
        "The men are forced on to their knees before they are beheaded The harrowing video shows the sword used to kill them.",
        new[] { "The men are forced on to their knees before they are beheaded", "The harrowing video shows the sword used to kill them." })]
    [InlineData(
        "The prisoners were filmed at the start of the sick video They were then blindfolded.",
        new[] { "The prisoners were filmed at the start of the sick video", "They were then blindfolded." })]
    [InlineData(
        "Crowds waited for 'the changing of the guard' The incident took place at noon.",
        new[] { "Crowds waited for 'the changing of the guard'", "The incident took place at noon." })]
    [InlineData(
        "One father opts for a classic jump This young girl giggles at the leap This dapper dad adds a peace sign.",
        new[] { "One father opts for a classic jump", "This young girl giggles at the leap", "This dapper dad adds a peace sign." })]
    [InlineData(
        "Media playback is not supported on this device The former defender is now a coach.",
        new[] { "Media playback is not supported on this device", "The former defender is now a coach." })]
    [InlineData(
        "Police found a gun at the scene In a statement the force said little.",
        new[] { "Police found a gun at the scene", "In a statement the force said little." })]
    [InlineData(
        "Fighters from the group (pictured, a militant) The panel said the threat was growing.",
        new[] { "Fighters from the group (pictured, a militant)", "The panel said the threat was growing." })]
    [InlineData(
        "Sister Ann was found in her bedroom, with a towel on her face An 86-year-old nun was attacked at the mission.",
        new[] { "Sister Ann was found in her bedroom, with a towel on her face", "An 86-year-old nun was attacked at the mission." })]
    [InlineData(
        "More fighters joined, according to a report by the United Nations The number of fighters soared.",
        new[] { "More fighters joined, according to a report by the United Nations", "The number of fighters soared." })]
    [InlineData(
        "Fans gathered outside the stadium on Sunday They chanted for an hour.",
        new[] { "Fans gathered outside the stadium on Sunday", "They chanted for an hour." })]
    [InlineData(
        "He scored from the top corner The 32-year-old then left the pitch.",
        new[] { "He scored from the top corner", "The 32-year-old then left the pitch." })]
    [InlineData("It was a remake of the Friday The 13th films.", new[] { "It was a remake of the Friday The 13th films." })]
    [InlineData("Letters went to An Post and An Garda officers.", new[] { "Letters went to An Post and An Garda officers." })]
    [InlineData("The film Gone With the Wind was shown again.", new[] { "The film Gone With the Wind was shown again." })]
    [InlineData("They visited NATO The alliance said little.", new[] { "They visited NATO The alliance said little." })]
    [InlineData("The musical Return Of The king toured.", new[] { "The musical Return Of The king toured." })]
    [InlineData("He starred in The Godfather and won praise.", new[] { "He starred in The Godfather and won praise." })]
    [InlineData("He was jailed for supplying class A drugs to dealers.", new[] { "He was jailed for supplying class A drugs to dealers." })]
    [InlineData("The song went to number One in the charts.", new[] { "The song went to number One in the charts." })]
    [InlineData("She reads The Times every day.", new[] { "She reads The Times every day." })]
    [InlineData("It turns on his state of mind, as The jury can acquit him.", new[] { "It turns on his state of mind, as The jury can acquit him." })]
    [InlineData("Officers from West Midlands Police said the men fled.", new[] { "Officers from West Midlands Police said the men fled." })]
    [InlineData("They play Group A rivals next.", new[] { "They play Group A rivals next." })]
    [InlineData("The talks ended. The ministers left.", new[] { "The talks ended.", "The ministers left." })]
    public void Split_RunOnCaptions_StartNewSentencesOnlyAtThePreciseRule(string text, string[] expected) =>
        SentenceAssert.SplitsInto(text, expected, RunOnCaptionSplitter.Split(text));

    [Fact]
    public void Split_KeepsParagraphsAndOffsets()
    {
        const string text = "Intro line.\n\nShe waved from the balcony The crowd cheered loudly.";

        var sentences = RunOnCaptionSplitter.Split(text);

        Assert.Equal([(0, "Intro line."), (1, "She waved from the balcony"), (1, "The crowd cheered loudly.")],
            sentences.Select(s => (s.Paragraph, s.Text)));
        SentenceAssert.HoldsInvariants(text, sentences);
    }

    [Theory]
    [InlineData("No captions here at all.", 0, -1)]
    [InlineData("the hoop The internet wins", 0, 9)]
    [InlineData("the hoop The internet wins", 10, -1)]
    [InlineData("", 0, -1)]
    public void FindBoundary_ReturnsOffsetOfTheNextStart(string sentence, int from, int expected) =>
        Assert.Equal(expected, RunOnCaptionSplitter.FindBoundary(sentence, from));
}
