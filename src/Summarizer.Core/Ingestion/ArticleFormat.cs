namespace Summarizer.Core.Ingestion;

/// <summary>One input format the summariser reads: a row of the table in <see cref="ArticleFormats"/>.</summary>
/// <param name="MediaType">The format's main media type, e.g. <c>application/pdf</c>.</param>
/// <param name="OtherMediaTypes">Other media types accepted as the same format.</param>
/// <param name="Extensions">File extensions (lower case, with the dot) that name the format.</param>
/// <param name="IsBinary">True for formats read from bytes (PDF, Word), false for text formats.</param>
public sealed record ArticleFormat(string MediaType, IReadOnlyList<string> OtherMediaTypes, IReadOnlyList<string> Extensions, bool IsBinary)
{
    /// <summary>Makes the format's decoder for an <see cref="ArticleDecoder"/>'s limits (PDF and Word read theirs from them).</summary>
    internal Func<IngestionOptions, IFormatDecoder> CreateDecoder { get; init; } = null!;
}
