using Summarizer.Core.Text;

namespace Summarizer.Core.Tests.Text;

/// <summary>Checks a split against expected sentence texts and against the splitter's invariants.</summary>
internal static class SentenceAssert
{
    public static IReadOnlyList<Sentence> SplitsInto(string text, string[] expected) =>
        SplitsInto(text, expected, SentenceSplitter.Split(text));

    public static IReadOnlyList<Sentence> SplitsInto(string text, string[] expected, IReadOnlyList<Sentence> sentences)
    {
        Assert.Equal(expected, sentences.Select(s => s.Text).ToArray());
        HoldsInvariants(text, sentences);
        return sentences;
    }

    /// <summary>
    /// Offsets match the text, sentences are trimmed, ordered and disjoint, paragraphs never go down, and every letter
    /// or digit of the input lands in some sentence (only whitespace and stray punctuation may fall between them).
    /// </summary>
    public static void HoldsInvariants(string text, IReadOnlyList<Sentence> sentences)
    {
        var previousEnd = 0;
        var previousParagraph = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(text.Substring(sentence.Start, sentence.Length), sentence.Text);
            Assert.True(sentence.Length > 0);
            Assert.False(char.IsWhiteSpace(sentence.Text[0]));
            Assert.False(char.IsWhiteSpace(sentence.Text[^1]));
            Assert.True(sentence.Start >= previousEnd, $"Sentence at {sentence.Start} overlaps the previous one.");
            Assert.True(sentence.Paragraph >= previousParagraph);
            AssertNoContentBetween(text, previousEnd, sentence.Start);
            previousEnd = sentence.Start + sentence.Length;
            previousParagraph = sentence.Paragraph;
        }

        AssertNoContentBetween(text, previousEnd, text.Length);
    }

    private static void AssertNoContentBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Assert.False(char.IsLetterOrDigit(text[i]), $"'{text[i]}' at {i} is in no sentence.");
        }
    }
}
