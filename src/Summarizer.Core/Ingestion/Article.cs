using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// Clean article text ready for segmentation. <see cref="Text"/> is NFC-normalised; blocks (paragraphs, headings,
/// list items) are separated by a blank line (<c>"\n\n"</c>) and a block never contains a line break, so offsets into
/// it are stable and every newline is a hard sentence boundary.
/// </summary>
/// <param name="Title">The article's title when the source names one (HTML title, first Markdown heading, JSON field).</param>
/// <param name="Text">The cleaned body text.</param>
/// <param name="MediaType">The media type the decoder treated the input as, e.g. <c>text/html</c>.</param>
public sealed record Article(string? Title, string Text, string MediaType)
{
    /// <summary>The encoding the text was read in and where that came from; null for PDF and Word, which carry their own.</summary>
    public SourceEncoding? Encoding { get; init; }

    /// <summary>
    /// Stretches of <see cref="Text"/> that a page marks as about the article rather than of it (captions, image
    /// credits, reference lists): part of the text, never a summary sentence or key point. Empty for other formats.
    /// </summary>
    public IReadOnlyList<Range> Asides { get; init; } = [];

    /// <summary>Articles are equal when every field is, the asides compared element by element.</summary>
    public bool Equals(Article? other) =>
        other is not null && Title == other.Title && Text == other.Text && MediaType == other.MediaType
        && Equals(Encoding, other.Encoding) && Asides.SequenceEqual(other.Asides);

    public override int GetHashCode() => HashCode.Combine(Title, Text, MediaType, Encoding, Asides.Count);

    /// <summary>Builds an article from text the caller already holds (tests, the batch and eval commands).</summary>
    public static Article FromPlainText(string text, string? title = null) => new(title, text, "text/plain");
}
