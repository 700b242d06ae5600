namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>The character encoding an article's bytes were read in, and where that came from.</summary>
/// <param name="Name">The WHATWG Encoding Standard name, lower case as <c>TextDecoder</c> reports it: <c>utf-8</c>, <c>windows-1252</c>, <c>shift_jis</c>.</param>
/// <param name="Source">The byte-order mark, a declaration, or <see cref="EncodingSource.Inferred"/>.</param>
public readonly record struct SourceEncoding(string Name, EncodingSource Source)
{
    /// <summary>True when the bytes or their sender named the encoding; false when the decoder inferred it.</summary>
    public bool IsDeclared => Source != EncodingSource.Inferred;
}
