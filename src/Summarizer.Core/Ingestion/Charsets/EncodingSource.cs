using System.Text.Json.Serialization;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// Where an article's character encoding came from, in the order the decoder looks. Every value but
/// <see cref="Inferred"/> is a declaration: the bytes or their sender named the encoding.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EncodingSource>))]
public enum EncodingSource
{
    /// <summary>A UTF-8, UTF-16 or UTF-32 byte-order mark at the start of the bytes.</summary>
    [JsonStringEnumMemberName("byte-order-mark")]
    ByteOrderMark,

    /// <summary>The <c>charset</c> parameter of the blob's or request's Content-Type (or <c>--content-type</c>).</summary>
    [JsonStringEnumMemberName("content-type")]
    ContentType,

    /// <summary>An HTML page's <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c>.</summary>
    [JsonStringEnumMemberName("meta")]
    Meta,

    /// <summary>The <c>encoding</c> of an XML declaration (<c>&lt;?xml version="1.0" encoding="…"?&gt;</c>).</summary>
    [JsonStringEnumMemberName("xml-declaration")]
    XmlDeclaration,

    /// <summary>Nothing declared one: UTF-8 when the bytes are UTF-8, otherwise windows-1252 when that reads as Latin text, otherwise the legacy encoding they read best in.</summary>
    [JsonStringEnumMemberName("inferred")]
    Inferred,
}
