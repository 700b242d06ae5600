namespace Summarizer.Core.Ingestion;

/// <summary>A binary file format recognised by its leading bytes.</summary>
/// <param name="Description">Plural, for messages: <c>"PDF documents"</c>.</param>
/// <param name="MediaType">The format's media type, the key a future decoder for it would register under.</param>
public sealed record BinaryFormat(string Description, string MediaType);
