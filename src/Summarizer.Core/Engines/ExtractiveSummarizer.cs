using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Text;

namespace Summarizer.Core.Engines;

/// <summary>
/// The embedded engine: offline, deterministic, no model. Ranks sentences by position-aware graph centrality, a lead
/// prior, title overlap and length, then picks the best non-redundant ones in document order; key points and key
/// phrases come from the same analysis.
/// </summary>
public sealed class ExtractiveSummarizer(ExtractiveWeights? weights = null) : ISummarizer
{
    public const string EngineName = "extractive";

    /// <summary>Bump whenever a change alters output for the same input, so stored summaries are recomputed.</summary>
    public const string EngineVersion = "1.0";

    private const int MaxKeySentences = 5;

    /// <summary>Sentences ranked at most (about 400,000 words); later ones are not candidates for the summary.</summary>
    public const int MaxRankedSentences = 20_000;
    private readonly ExtractiveWeights _weights = weights ?? ExtractiveWeights.Default;

    public string Name => EngineName;

    public string Fingerprint(SummaryOptions options) => Info(options).Fingerprint;

    public Task<Summary> SummarizeAsync(Article article, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Summarize(article, options ?? SummaryOptions.Default));
    }

    /// <summary>The synchronous core, for callers that summarise many articles on their own threads.</summary>
    public Summary Summarize(Article article, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        options = options.Validate();
        var (language, normalizer) = EngineLanguage.For(article.Text);
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(article.Text);
        var english = EngineLanguage.IsEnglishLike(language);
        if (english)
        {
            sentences = RunOnCaptionSplitter.Split(article.Text, sentences);
        }

        sentences = WithoutFurniture(sentences);
        if (sentences.Count > MaxRankedSentences)
        {
            // Book-length input: rank the opening stretch only, which keeps time and memory bounded whatever the size.
            sentences = sentences.Take(MaxRankedSentences).ToList();
        }

        var document = AnalyzedDocument.Analyze(article.Text, sentences, normalizer);
        if (sentences.Count == 0 || document.TotalWords == 0)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText, "The article has no words to summarise.");
        }

        var (scores, graph) = SentenceRanker.Rank(document, article.Title, english, _weights);
        var length = SummaryLength.Resolve(options, sentences.Count, document.TotalWords);
        var order = SentenceSelector.RankOrder(scores);
        var chosen = SentenceSelector.Select(document, order, graph, length, _weights, english);
        var keySentences = order
            .Take(Math.Max(MaxKeySentences, chosen.Count))
            .Select(i => new KeySentence(sentences[i].Text, sentences[i].Start, sentences[i].Length, Math.Round(scores[i], 4)))
            .ToList();

        return new Summary
        {
            Title = article.Title,
            Sentences = chosen.Select(i => _weights.Compress && english ? SentenceCompressor.Compress(sentences[i].Text) : sentences[i].Text).ToList(),
            KeyPoints = KeyPointWriter.Write(document, order, graph, chosen, english, _weights),
            KeyPhrases = KeyPhraseExtractor.Extract(document, english),
            KeySentences = keySentences,
            Language = language,
            Engine = Info(options),
        };
    }

    // Page furniture and metadata lines ("By Jane Doe", "Published 19 August 2025") are not sentences, and a date
    // label run into the first sentence ("date 2025-08-19 The possibility …") is not part of it.
    private static IReadOnlyList<Sentence> WithoutFurniture(IReadOnlyList<Sentence> sentences)
    {
        List<Sentence>? kept = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var prefix = EdgeMetadata.PrefixLength(sentence.Text);
            var drop = NewsFurniture.IsFurniture(sentence.Text) || EdgeMetadata.IsMetadataLine(sentence.Text);
            if ((drop || prefix > 0) && kept is null)
            {
                kept = new List<Sentence>(sentences.Count);
                for (var j = 0; j < i; j++)
                {
                    kept.Add(sentences[j]);
                }
            }

            if (drop)
            {
                continue;
            }

            var trimmed = prefix > 0
                ? new Sentence(sentence.Start + prefix, sentence.Length - prefix, sentence.Text[prefix..], sentence.Paragraph)
                : sentence;
            kept?.Add(trimmed);
        }

        return kept ?? sentences;
    }

    private static EngineInfo Info(SummaryOptions options) =>
        new() { Name = EngineName, Version = EngineVersion, Options = options.Describe() };
}
