namespace Summarizer.Core.Text;

/// <summary>Splits cleaned article text into sentences with their offsets.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var isBreak = !atEnd && text[i] == '\n';
            var isStop = !atEnd && text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            if (atEnd || isBreak || isStop)
            {
                var end = isStop ? i + 1 : i;
                Add(text, start, end, paragraph, sentences);
                if (isBreak && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    paragraph++;
                }

                start = end;
            }
        }

        return sentences;
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, text[start..end], paragraph));
        }
    }
}
