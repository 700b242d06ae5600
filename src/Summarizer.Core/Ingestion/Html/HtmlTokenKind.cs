namespace Summarizer.Core.Ingestion.Html;

/// <summary>What <see cref="HtmlTokenizer.Next"/> read.</summary>
internal enum HtmlTokenKind
{
    EndOfFile,
    Text,
    StartTag,
    EndTag,
}
