namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>How a document may name its own encoding inside its bytes.</summary>
internal enum DeclarationSyntax
{
    /// <summary>Plain text, Markdown, JSON: only a byte-order mark or the Content-Type can.</summary>
    None,

    /// <summary>HTML: a <c>&lt;meta&gt;</c> in the first 1,024 bytes, else an XML declaration at the start (the HTML prescan).</summary>
    Html,

    /// <summary>XHTML and other XML: the XML declaration only; a <c>&lt;meta&gt;</c> means nothing to an XML parser.</summary>
    Xml,
}
