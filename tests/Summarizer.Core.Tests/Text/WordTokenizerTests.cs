using Summarizer.Core.Text;

namespace Summarizer.Core.Tests.Text;

public sealed class WordTokenizerTests
{
    [Theory]
    [InlineData("Hello, World!", new[] { "hello", "world" })]
    [InlineData("Don't stop", new[] { "don't", "stop" })]
    [InlineData("Britain's economy grew", new[] { "britain", "economy", "grew" })]
    [InlineData("O’Neill’s car", new[] { "o'neill", "car" })]
    [InlineData("the players' union", new[] { "the", "players", "union" })]
    [InlineData("3.5 per cent of 1,000 people", new[] { "3.5", "per", "cent", "of", "1,000", "people" })]
    [InlineData("v2.0.1 costs $1.5bn.", new[] { "v2.0.1", "costs", "1.5bn" })]
    [InlineData("U.S. troops, e.g. marines", new[] { "u.s", "troops", "e.g", "marines" })]
    [InlineData("a well-known end.Next", new[] { "a", "well", "known", "end", "next" })]
    [InlineData("Київ і Москва", new[] { "київ", "і", "москва" })]
    [InlineData("ÉCOLE Straße", new[] { "école", "straße" })]
    [InlineData("东京大学 in Tokyo", new[] { "东", "京", "大", "学", "in", "tokyo" })]
    [InlineData("नमस्ते दुनिया", new[] { "नमस्ते", "दुनिया" })]
    [InlineData("jane.doe@example.org", new[] { "jane", "doe", "example", "org" })]
    [InlineData("", new string[0])]
    [InlineData(" -- ... !? ", new string[0])]
    public void Tokenize_NewsText_GivesLowerCaseWords(string text, string[] expected) =>
        Assert.Equal(expected, WordTokenizer.Tokenize(text));

    [Fact]
    public void Tokenize_OverlongRun_IsCutToMaxWordLength()
    {
        var text = "short " + new string('A', 500) + " tail";

        var words = WordTokenizer.Tokenize(text);

        Assert.Equal(["short", new string('a', WordTokenizer.MaxWordLength), "tail"], words);
    }

    [Theory]
    [InlineData("Hello, World!")]
    [InlineData("Britain's U.S. troops cost $1.5bn in 东京.")]
    [InlineData("")]
    public void CountWords_MatchesTokenize(string text) =>
        Assert.Equal(WordTokenizer.Tokenize(text).Count, WordTokenizer.CountWords(text));

    [Fact]
    public void EnumerateWords_GivesOffsetsIntoTheText()
    {
        const string text = "Mr. O’Neill’s 3.5 bn";
        var found = new List<(int Start, string Original, string Normalized)>();
        Span<char> buffer = stackalloc char[WordTokenizer.MaxWordLength];

        foreach (var word in WordTokenizer.EnumerateWords(text))
        {
            found.Add((word.Start, word.Original.ToString(), word.Normalize(buffer).ToString()));
        }

        Assert.Equal([(0, "Mr", "mr"), (4, "O’Neill", "o'neill"), (14, "3.5", "3.5"), (18, "bn", "bn")], found);
    }

    [Fact]
    public void Normalize_BufferTooSmall_Throws()
    {
        var enumerator = WordTokenizer.EnumerateWords("Hello");
        Assert.True(enumerator.MoveNext());
        var word = enumerator.Current;
        var thrown = false;
        try
        {
            word.Normalize(new char[2]);
        }
        catch (ArgumentException)
        {
            thrown = true;
        }

        Assert.True(thrown);
    }
}
