namespace Summarizer.Core.Ingestion;

/// <summary>Turns already-decoded text of one format into a clean <see cref="Article"/>.</summary>
public interface IContentDecoder : IFormatDecoder
{
    Article Decode(string text);
}
