namespace Summarizer.Core.Ingestion;

/// <summary>What a format decoder reads: the article's bytes and, for a text format, its decoded text (empty otherwise).</summary>
public readonly record struct DecoderInput(ReadOnlyMemory<byte> Bytes, string Text);
