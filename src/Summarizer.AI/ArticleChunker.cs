using Summarizer.Core.Text;

namespace Summarizer.AI;

/// <summary>
/// Splits text that is over a token budget into consecutive chunks that each fit it, cutting between paragraphs where
/// it can, between sentences where a paragraph is too long, and between tokens only for a sentence that alone is too
/// long. No text is dropped: the chunks, joined, hold every word of the input in order.
/// </summary>
internal sealed class ArticleChunker(TokenCounter tokens)
{
    private const string ParagraphBreak = "\n\n";

    public IReadOnlyList<string> Split(string text, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 16);
        var budget = maxTokens;
        while (true)
        {
            var chunks = Pack(Units(text, budget), budget);

            // Token counts are not quite additive across joins; in the rare case a packed chunk came out over, pack
            // again with a little more headroom rather than ever sending an oversized request.
            if (chunks.All(c => tokens.Count(c) <= maxTokens))
            {
                return chunks;
            }

            budget = Math.Max(16, budget - Math.Max(1, budget / 20));
        }
    }

    private List<Unit> Units(string text, int maxTokens)
    {
        var units = new List<Unit>();
        foreach (var paragraph in text.Split(ParagraphBreak, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = ParagraphBreak;
            var count = tokens.Count(paragraph);
            if (count <= maxTokens)
            {
                units.Add(new Unit(separator, paragraph, count));
                continue;
            }

            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                AddSentence(units, separator, sentence.Text, maxTokens);
                separator = " ";
            }
        }

        return units;
    }

    private void AddSentence(List<Unit> units, string separator, string sentence, int maxTokens)
    {
        var rest = sentence;
        while (rest.Length > 0)
        {
            var count = tokens.Count(rest);
            if (count <= maxTokens)
            {
                units.Add(new Unit(separator, rest, count));
                return;
            }

            // A sentence longer than a whole chunk (a table flattened into one line, say): cut it on a token boundary.
            var cut = Math.Max(1, tokens.PrefixLength(rest, maxTokens));
            var piece = rest[..cut];
            units.Add(new Unit(separator, piece, tokens.Count(piece)));
            rest = rest[cut..];
            separator = "";
        }
    }

    private static List<string> Pack(List<Unit> units, int maxTokens)
    {
        var chunks = new List<string>();
        var current = new System.Text.StringBuilder();
        var currentTokens = 0;
        foreach (var unit in units)
        {
            // A separator costs at most one token; counting two keeps the sum an upper bound.
            var cost = unit.Tokens + (current.Length == 0 ? 0 : 2);
            if (current.Length > 0 && currentTokens + cost > maxTokens)
            {
                chunks.Add(current.ToString());
                current.Clear();
                currentTokens = 0;
                cost = unit.Tokens;
            }

            if (current.Length > 0)
            {
                current.Append(unit.Separator);
            }

            current.Append(unit.Text);
            currentTokens += cost;
        }

        if (current.Length > 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    private readonly record struct Unit(string Separator, string Text, int Tokens);
}
