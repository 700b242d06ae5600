using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Text;

namespace Summarizer.Core.Tests.Text;

public sealed class PictureCaptionTests
{
    [Theory]
    [InlineData("Grim discovery: Street cleaners who found the remains initially feared they had stumbled across a murder victim")]
    [InlineData("Slain in cold blood: Cheryl Silvonek was stabbed several times in the neck inside her car")]
    [InlineData("James Boase, pictured, failed to stop after hitting another car near his Devon pub")]
    [InlineData("The singer (pictured with her mother) arrives at the awards in London")]
    [InlineData("From left, Anas Sarwar MP, former prime minister Gordon Brown and Johann Lamont attend the conference")]
    [InlineData("Left, the house as it stood in 1950 with its original mint green bathroom")]
    [InlineData("Sister Ann (not pictured) was found in her bedroom, with a towel on her face")]
    [InlineData("Glenn Murray (left) cost Palace nothing four years ago yet found a way past the City defence")]
    [InlineData("Mila Kunis, seen here with partner Ashton Kutcher in Los Angeles, is accused of chicken theft")]
    [InlineData("Manchester City striker Sergio Aguero looks on dejected during the defeat by United at Old Trafford")]
    [InlineData("Thomas Muller celebrates after Hoffenheim's Andreas Beck scored a stoppage time own goal")]
    public void IsCaption_UnpunctuatedLineThatSaysItDescribesAPicture(string sentence) =>
        Assert.True(PictureCaption.IsCaption(sentence));

    [Theory]
    [InlineData("Grim discovery: street cleaners found the remains on Tuesday.")] // punctuated: the article's own sentence
    [InlineData("The playmaker has been in fine form since returning from injury for Arsenal this year")] // a lost full stop
    [InlineData("Mr Smith said: 'We will appeal against the ruling'")] // a quotation, not a label
    [InlineData("Police confirmed: three people were arrested after the match")] // a speaker's verb ends the label
    [InlineData("The house, pictured in 1950, was sold.")]
    [InlineData("Glenn Murray (left) cost Palace nothing four years ago.")] // punctuated: the article's own sentence
    [InlineData("The striker looked on as the ball went wide")] // past tense: prose whose full stop was lost
    [InlineData("")]
    public void IsCaption_FalseWithoutBothSigns(string sentence) =>
        Assert.False(PictureCaption.IsCaption(sentence));

    [Fact]
    public void Summarize_NeverChoosesACaptionLeftInPlainText()
    {
        // The caption repeats the story's key words, so by its words alone it would rank among the first sentences.
        const string text = """
            Street cleaners in Leeds found human remains in a bin bag on Tuesday morning, police said.

            Grim discovery: Street cleaners who found the remains in Leeds feared they had found a murder victim

            Police in Leeds said the remains were those of a man who died of natural causes several years ago.

            The street cleaners called police after opening the bag near a bus stop in the city centre.

            Officers said a post-mortem examination found no sign that the man had been harmed.

            A spokesman said the remains had probably been moved from a house that was being cleared.
            """;

        var summary = new ExtractiveSummarizer().Summarize(Article.FromPlainText(text), new SummaryOptions { Sentences = 3 });

        Assert.DoesNotContain(summary.Sentences, s => s.Contains("Grim discovery", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.KeyPoints, s => s.Contains("Grim discovery", StringComparison.Ordinal));
    }
}
