using Summarizer.Core;

namespace Summarizer.AI.Tests;

public sealed class ModelOutputValidatorTests
{
    private const string Source = "The council met on Tuesday. See https://lowmoor.example/harbour for details. Write to info@lowmoor.example.";
    private static readonly ModelLengthLimit ThreeSentences = new(3, 3 * ModelLengthLimit.WordsPerSentenceCap, IsWordBudget: false);

    [Theory]
    [InlineData("The council met.")]
    [InlineData("Details are at https://lowmoor.example/harbour.")]
    [InlineData("Details are at (https://lowmoor.example/harbour).")]
    [InlineData("Write to info@lowmoor.example.")]
    [InlineData("The meeting was on Tuesday: data shows a 5:4 vote.")]
    public void Validate_AcceptableSentence_Passes(string sentence)
    {
        var result = ModelOutputValidator.Validate(Answer([sentence]), ThreeSentences, Source);

        Assert.Equal([sentence], result.Sentences);
    }

    [Theory]
    [InlineData("Details are at https://other.example/harbour.")]
    [InlineData("Details are at HTTP://lowmoor.example/elsewhere.")]
    [InlineData("Go to www.other.example now.")]
    [InlineData("ftp://files.example/a is where it is.")]
    [InlineData("Mail prizes@other.example.")]
    [InlineData("![chart](https://lowmoor.example/harbour)")]
    [InlineData("![chart](chart.png)")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"about:blank\"></iframe>")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    public void Validate_ForeignLinkOrImage_Rejected(string sentence)
    {
        var error = Assert.Throws<SummarizerException>(() => ModelOutputValidator.Validate(Answer([sentence]), ThreeSentences, Source));

        Assert.Equal(ErrorCodes.InvalidEngineOutput, error.Code);
    }

    [Fact]
    public void Validate_ForeignLinkInKeyPoint_Rejected()
    {
        var answer = Answer(["The council met."]) with { KeyPoints = ["More at https://other.example."] };

        Assert.Throws<SummarizerException>(() => ModelOutputValidator.Validate(answer, ThreeSentences, Source));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Validate_SentenceCountOutsideLimit_Rejected(int sentences)
    {
        var answer = Answer(Enumerable.Repeat("The council met.", sentences).ToList());

        var error = Assert.Throws<SummarizerException>(() => ModelOutputValidator.Validate(answer, ThreeSentences, Source));

        Assert.Equal(ErrorCodes.InvalidEngineOutput, error.Code);
    }

    [Fact]
    public void Validate_BlankSentences_IgnoredBeforeCounting()
    {
        var result = ModelOutputValidator.Validate(Answer(["  ", "The council met. ", ""]), ThreeSentences, Source);

        Assert.Equal(["The council met."], result.Sentences);
    }

    [Theory]
    [InlineData(10, new[] { "one two three four five", "six seven eight nine ten" }, true)]
    [InlineData(9, new[] { "one two three four five", "six seven eight nine ten" }, false)]
    [InlineData(3, new[] { "A single sentence longer than the budget." }, true)]
    public void Validate_WordBudget_KeptExceptForSingleSentence(int words, string[] sentences, bool accepted)
    {
        var length = new ModelLengthLimit(10, words, IsWordBudget: true);

        var validate = () => ModelOutputValidator.Validate(Answer(sentences), length, Source);

        if (accepted)
        {
            validate();
        }
        else
        {
            Assert.Throws<SummarizerException>(validate);
        }
    }

    [Fact]
    public void Validate_TooManyKeyPhrases_Rejected()
    {
        var answer = Answer(["The council met."]) with { KeyPhrases = Enumerable.Range(0, SummaryPrompt.MaxKeyPhrases + 1).Select(i => $"phrase {i}").ToList() };

        Assert.Throws<SummarizerException>(() => ModelOutputValidator.Validate(answer, ThreeSentences, Source));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData(" DE ", "de")]
    [InlineData("und", "und")]
    [InlineData("English", "und")]
    [InlineData(null, "und")]
    public void NormalizeLanguage_Values_GivesIsoCodeOrUnd(string? language, string expected) =>
        Assert.Equal(expected, ModelOutputValidator.NormalizeLanguage(language));

    private static ModelSummary Answer(IReadOnlyList<string> sentences) => new()
    {
        Title = "Council",
        Summary = sentences,
        KeyPoints = ["The council met."],
        KeyPhrases = ["council"],
        Language = "en",
    };
}
