namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>An encoding the bytes or their sender declared, and how many leading bytes are its byte-order mark.</summary>
internal readonly record struct DeclaredEncoding(WebEncoding Encoding, EncodingSource Source, int MarkLength = 0);
