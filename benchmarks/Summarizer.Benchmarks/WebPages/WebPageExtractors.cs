using Summarizer.Core;
using Summarizer.Core.Ingestion.Html;

namespace Summarizer.Benchmarks.WebPages;

/// <summary>The two extractors compared on web pages: ours (<see cref="HtmlDecoder"/>) and SmartReader.</summary>
internal static class WebPageExtractors
{
    private static readonly HtmlDecoder Decoder = new();

    /// <summary>Our text; a page the decoder refuses counts as empty text, as a reader would see nothing.</summary>
    public static string Ours(string html)
    {
        try
        {
            return Decoder.Decode(html).Text;
        }
        catch (SummarizerException)
        {
            return string.Empty;
        }
    }

    /// <summary>SmartReader's text content (its Readability port needs a page address; the pages are offline copies).</summary>
    public static string SmartReader(string html)
    {
        var article = new SmartReader.Reader("https://example.com/page", html).GetArticle();
        // IsReadable is a length heuristic; short pages still have their content extracted, so the text is taken as is.
        return article.TextContent ?? string.Empty;
    }
}
