namespace Summarizer.Core.Ingestion;

/// <summary>
/// Turns one article of a format into a clean <see cref="Article"/>. Each format of <see cref="ArticleFormats"/> has
/// one; <see cref="ArticleDecoder"/> picks it by the table and passes what the format reads: the text, decoded as a
/// browser would, for a text format, the bytes for a binary one (PDF, Word), whose container decides its own encoding.
/// </summary>
public interface IFormatDecoder
{
    /// <summary>The row of <see cref="ArticleFormats"/> this decoder reads.</summary>
    ArticleFormat Format { get; }

    /// <summary>
    /// Reads the article within <paramref name="budget"/>, the article's one budget. Throws
    /// <see cref="SummarizerException"/> with a stable code for an article it cannot read.
    /// </summary>
    Article Decode(DecoderInput input, DecodeBudget budget);
}
