namespace Summarizer.Core.Text;

/// <summary>Splits text into lower-case word tokens (letters and digits), the unit of every similarity measure.</summary>
public static class WordTokenizer
{
    public static List<string> Tokenize(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i].ToString().ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
