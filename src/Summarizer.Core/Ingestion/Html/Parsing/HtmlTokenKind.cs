namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>What <see cref="HtmlTokenizer.Next"/> read.</summary>
internal enum HtmlTokenKind
{
    EndOfFile,
    Text,
    StartTag,
    EndTag,
}
