using System.Security.Cryptography;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Text;

namespace Summarizer.Core.Documents;

/// <summary>Combines an engine's <see cref="Summary"/> with stats and provenance into the stored document.</summary>
public sealed class SummaryDocumentFactory(TimeProvider timeProvider)
{
    public SummaryDocument Create(ArticleInput input, Article article, Summary summary)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(summary);

        var inputWords = CountWords(article.Text);
        var summaryWords = summary.Sentences.Sum(CountWords);
        return new SummaryDocument
        {
            Title = summary.Title ?? article.Title,
            Summary = string.Join(' ', summary.Sentences),
            SummarySentences = summary.Sentences,
            KeyPoints = summary.KeyPoints,
            KeyPhrases = summary.KeyPhrases,
            KeySentences = summary.KeySentences,
            Language = summary.Language,
            Stats = new DocumentStats(
                article.Text.Length,
                inputWords,
                SentenceSplitter.Count(article.Text),
                summaryWords,
                inputWords == 0 ? 0 : Math.Round((double)summaryWords / inputWords, 4)),
            Engine = summary.Engine,
            Source = new SourceInfo(input.SourceName, article.MediaType, Sha256Hex(input.Content.Span), input.Content.Length)
            {
                Encoding = article.Encoding?.Name,
                EncodingSource = article.Encoding?.Source,
                Link = input.Link,
            },
            CreatedAt = timeProvider.GetUtcNow(),
        };
    }

    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static int CountWords(string text) => WordTokenizer.CountWords(text);
}
