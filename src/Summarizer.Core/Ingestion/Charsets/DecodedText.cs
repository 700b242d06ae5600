namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>Text decoded from an article's bytes, with the encoding it was read in.</summary>
public readonly record struct DecodedText(string Text, SourceEncoding Encoding);
