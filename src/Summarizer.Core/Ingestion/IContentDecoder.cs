namespace Summarizer.Core.Ingestion;

/// <summary>Turns already-decoded text of one format into a clean <see cref="Article"/>.</summary>
public interface IContentDecoder
{
    /// <summary>The media type this decoder reads, e.g. <c>text/markdown</c>.</summary>
    string MediaType { get; }

    /// <summary>File extensions (with the dot, lower case) that select this decoder when no useful content type is given.</summary>
    IReadOnlyList<string> Extensions { get; }

    Article Decode(string text);
}
