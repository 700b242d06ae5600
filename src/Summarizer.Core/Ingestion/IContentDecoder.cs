namespace Summarizer.Core.Ingestion;

/// <summary>Turns already-decoded text of one format into a clean <see cref="Article"/>.</summary>
public interface IContentDecoder : IFormatDecoder
{
    /// <summary>Reads <paramref name="text"/> within <paramref name="budget"/>, the article's one budget.</summary>
    Article Decode(string text, DecodeBudget budget);
}
