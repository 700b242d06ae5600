using Summarizer.Core.Ingestion.Html;
using Summarizer.Core.Ingestion.Html.Parsing;
using Summarizer.Core.Ingestion.Html.Scoring;


namespace Summarizer.Core.Tests.Ingestion.Html;

/// <summary>
/// What a page yields through the decoder's own scoring and text code, given one parser's tree: the whole body's text
/// (blocks, skipped and hidden elements as the decoder treats them), which shows a parser difference the article
/// choice might hide, and the article (title and text, or the error).
/// </summary>
internal sealed record ParserOutcome(string BodyText, string Article)
{
    public static ParserOutcome Own(string html) => Of(html, () => HtmlTreeBuilder.Parse(html, HtmlDecoder.ReadAttributes));

    public static ParserOutcome AngleSharp(string html) => Of(html, () => AngleSharpReferenceDecoder.Parse(html));

    public override string ToString() => $"body text:\n{BodyText}\narticle:\n{Article}";

    private static ParserOutcome Of(string html, Func<HtmlDocument> parse)
    {
        HtmlDocument document;
        try
        {
            document = parse();
        }
        catch (SummarizerException error)
        {
            return new ParserOutcome($"error {error.Code}", $"error {error.Code}");
        }

        var bodyText = HtmlDecoder.ExtractText(new MainContent([document.Body], new HashSet<HtmlElement>()), null, html.Length).Text;
        string article;
        try
        {
            var decoded = new HtmlDecoder().Decode(document, html.Length);
            article = $"[{decoded.Title}]\n{decoded.Text}";
        }
        catch (SummarizerException error)
        {
            article = $"error {error.Code}";
        }

        return new ParserOutcome(bodyText, article);
    }
}
