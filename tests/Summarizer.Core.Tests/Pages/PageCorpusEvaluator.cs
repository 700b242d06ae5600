using System.Text;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Pages;

/// <summary>
/// Runs a corpus page through what a user's upload goes through (<see cref="ArticleDecoder"/> on the raw bytes, sent as
/// <c>text/html</c> without a charset so the page's own declaration must be read, then the embedded summariser with
/// default options) and checks every expectation. Lines are compared after NFC and whitespace folding, so a line
/// break or non-breaking space in the page does not decide a check.
/// </summary>
public static class PageCorpusEvaluator
{
    private static readonly ArticleDecoder Decoder = new();
    private static readonly ExtractiveSummarizer Summarizer = new();

    public static PageOutcome Evaluate(CorpusPage page, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(page);
        Article article;
        try
        {
            article = Decoder.Decode(new ArticleInput(content, Path.GetFileName(page.File), "text/html"));
        }
        catch (SummarizerException ex)
        {
            return new PageOutcome(page, ex.Code, string.Empty, [], [new PageGap(page.Id, PageGap.Refused, ex.Code)]);
        }

        var summary = Summarizer.Summarize(article, SummaryOptions.Default);
        IReadOnlyList<string> summaryLines = [.. summary.Sentences, .. summary.KeyPoints];
        var text = Fold(article.Text);
        var folded = summaryLines.Select(Fold).ToList();
        var gaps = new List<PageGap>();
        gaps.AddRange(page.Must.Where(line => !text.Contains(Fold(line), StringComparison.Ordinal))
            .Select(line => new PageGap(page.Id, PageGap.Must, line)));
        gaps.AddRange(page.Never.Where(line => text.Contains(Fold(line), StringComparison.Ordinal))
            .Select(line => new PageGap(page.Id, PageGap.Never, line)));
        gaps.AddRange(page.NeverInSummary.Where(line => folded.Exists(s => s.Contains(Fold(line), StringComparison.Ordinal)))
            .Select(line => new PageGap(page.Id, PageGap.Summary, line)));
        return new PageOutcome(page, null, article.Text, summaryLines, gaps);
    }

    /// <summary>NFC, soft hyphens dropped, every run of whitespace (including no-break spaces) as one space, trimmed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize())
        {
            if (c == '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
