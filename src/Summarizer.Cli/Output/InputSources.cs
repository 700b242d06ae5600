using Summarizer.Core.Documents;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli.Output;

/// <summary>Builds the <c>source</c> of an output record from what was read.</summary>
internal static class InputSources
{
    public static InputSource Of(ArticleInput input, Article? decoded = null) => new(
        input.SourceName ?? "stdin",
        decoded?.MediaType ?? input.ContentType ?? ArticleFormats.FromFileName(input.SourceName)?.MediaType,
        input.Content.Length,
        SummaryDocumentFactory.Sha256Hex(input.Content.Span))
    {
        Encoding = decoded?.Encoding?.Name,
        EncodingSource = decoded?.Encoding?.Source,
        Link = input.Link,
    };

    /// <summary>For an input that could not even be read: only its name is known.</summary>
    public static InputSource Unread(string path) => new(InputFiles.NameOf(path), null, null, null);
}
