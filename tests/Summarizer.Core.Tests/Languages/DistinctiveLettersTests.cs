using Summarizer.Core.Languages;

namespace Summarizer.Core.Tests.Languages;

public sealed class DistinctiveLettersTests
{
    [Theory]
    [InlineData('ß', "de")]
    [InlineData('ñ', "es")]
    [InlineData('ã', "pt")]
    [InlineData('ł', "pl")]
    [InlineData('ì', "it")]
    [InlineData('œ', "fr")]
    [InlineData('ї', "uk")]
    [InlineData('ы', "ru")]
    public void LanguagesOf_LetterOnlyOneLanguageWrites_PointsAtThatLanguage(char letter, string language)
    {
        var index = LanguageCodes.Supported.ToList().IndexOf(language);

        Assert.Equal(1 << index, DistinctiveLetters.LanguagesOf(letter));
    }

    [Theory]
    [InlineData('ı')]
    [InlineData('ř')]
    [InlineData('ø')]
    [InlineData('ș')]
    [InlineData('ј')]
    [InlineData('ъ')]
    public void LanguagesOf_LetterNoSupportedLanguageWrites_IsForeign(char letter)
    {
        Assert.Equal(DistinctiveLetters.Foreign, DistinctiveLetters.LanguagesOf(letter));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('i')]
    [InlineData('д')]
    public void LanguagesOf_LetterEveryCandidateWrites_IsNoEvidence(char letter)
    {
        Assert.Equal(0, DistinctiveLetters.LanguagesOf(letter));
    }
}
