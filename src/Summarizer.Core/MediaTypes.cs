namespace Summarizer.Core;

/// <summary>
/// Media types the summariser both reads and writes, declared once: JSON and Markdown are input formats (their decoders
/// name them) and the two forms a summary is stored and served in.
/// </summary>
public static class MediaTypes
{
    public const string Json = "application/json";
    public const string Markdown = "text/markdown";

    /// <summary>The Content-Type of a stored or served summary document.</summary>
    public const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary>The Content-Type of a stored or served Markdown rendering.</summary>
    public const string MarkdownUtf8 = Markdown + "; charset=utf-8";
}
