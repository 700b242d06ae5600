namespace Summarizer.Core.Ingestion;

/// <summary>
/// A decoder of a text format whose reading can blow up (HTML, Markdown, JSON), so it works within a budget. The one
/// core is <see cref="Decode(string, DecodeBudget)"/>; the other entry points lead to it.
/// </summary>
public abstract class TextDecoder : IFormatDecoder
{
    public abstract ArticleFormat Format { get; }

    /// <summary>Reads <paramref name="text"/> on a budget of its own, sized for the text.</summary>
    public Article Decode(string text) => Decode(text, DecodeBudget.ForText(text));

    /// <summary>Reads <paramref name="text"/> within <paramref name="budget"/>, the article's one budget.</summary>
    public abstract Article Decode(string text, DecodeBudget budget);

    Article IFormatDecoder.Decode(DecoderInput input, DecodeBudget budget) => Decode(input.Text, budget);
}
