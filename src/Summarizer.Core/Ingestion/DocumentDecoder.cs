namespace Summarizer.Core.Ingestion;

/// <summary>
/// A decoder of a binary document format (PDF, Word): it reads the bytes, and the container decides its own encoding.
/// The one core is <see cref="Decode(ReadOnlyMemory{byte}, DecodeBudget)"/>; the other entry points lead to it.
/// </summary>
public abstract class DocumentDecoder(IngestionOptions options) : IFormatDecoder
{
    public abstract ArticleFormat Format { get; }

    /// <summary>Reads a document on a budget of its own, made from the options the decoder was built with.</summary>
    public Article Decode(ReadOnlyMemory<byte> content) => Decode(content, new DecodeBudget(options, content.Length));

    /// <summary>
    /// Reads the document within <paramref name="budget"/>, the article's one budget. Throws
    /// <see cref="SummarizerException"/> with a stable code for a document it cannot read.
    /// </summary>
    public abstract Article Decode(ReadOnlyMemory<byte> content, DecodeBudget budget);

    Article IFormatDecoder.Decode(DecoderInput input, DecodeBudget budget) => Decode(input.Bytes, budget);
}
