namespace Summarizer.Core.Ingestion;

/// <summary>
/// Turns the raw bytes of a binary document format (PDF, Word) into a clean <see cref="Article"/>. Unlike an
/// <see cref="IContentDecoder"/> it gets the bytes, not text: the container decides the encoding itself.
/// </summary>
public interface IDocumentDecoder : IFormatDecoder
{
    /// <summary>
    /// Reads the document within <paramref name="budget"/>, the article's one budget. Throws
    /// <see cref="SummarizerException"/> with a stable code for a document it cannot read.
    /// </summary>
    Article Decode(ReadOnlyMemory<byte> content, DecodeBudget budget);
}
