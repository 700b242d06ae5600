using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Ingestion.Text;
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
    public const string EngineVersion = "1.5";

    private const int MaxKeySentences = 5;
    private const int MaxHeadingWords = 12;

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
    public Summary Summarize(Article article, SummaryOptions options) => Summarize(article, options, stageEnded: null);

    /// <param name="article">The article to summarise.</param>
    /// <param name="options">What the caller asks for.</param>
    /// <param name="stageEnded">Told as each stage ends, so the allocation-budget test can charge each stage its own
    /// allocations; null outside that test.</param>
    internal Summary Summarize(Article article, SummaryOptions options, Action<ExtractiveStage>? stageEnded)
    {
        ArgumentNullException.ThrowIfNull(article);
        options = options.Validate();
        var (language, normalizer) = EngineLanguage.For(article.Text);
        var english = EngineLanguage.IsEnglishLike(language);
        var sentences = Segment(article, english);
        stageEnded?.Invoke(ExtractiveStage.Segment);

        var document = AnalyzedDocument.Analyze(article.Text, sentences, normalizer);
        if (sentences.Count == 0 || document.TotalWords == 0)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText, "The article has no words to summarise.");
        }

        stageEnded?.Invoke(ExtractiveStage.Analyze);

        var (scores, graph) = SentenceRanker.Rank(document, article.Title, english, _weights);
        var length = SelectionBudget.Resolve(options, sentences.Count, document.TotalWords);
        var order = english ? WithoutCaptions(SentenceSelector.RankOrder(scores), sentences) : SentenceSelector.RankOrder(scores);
        var chosen = SentenceSelector.Select(document, order, graph, length, _weights, english);
        var keySentences = order
            .Take(Math.Max(MaxKeySentences, chosen.Count))
            .Select(i => new KeySentence(sentences[i].Text, sentences[i].Start, sentences[i].Length, Math.Round(scores[i], 4)))
            .ToList();
        stageEnded?.Invoke(ExtractiveStage.Rank);

        // Citation markers ("[1]") are the page's, not the sentence's: no summary sentence carries one.
        var summarySentences = chosen.ConvertAll(i => TextApparatus.WithoutCitationMarkers(sentences[i].Text));
        if (_weights.Compress && english)
        {
            summarySentences = SummaryShortener.Shorten(summarySentences);
        }

        stageEnded?.Invoke(ExtractiveStage.Shorten);

        var keyPoints = KeyPointWriter.Write(document, order, graph, chosen, english, _weights);
        stageEnded?.Invoke(ExtractiveStage.KeyPoints);

        var keyPhrases = KeyPhraseExtractor.Extract(document, language);
        stageEnded?.Invoke(ExtractiveStage.KeyPhrases);

        return new Summary
        {
            Title = article.Title,
            Sentences = summarySentences,
            KeyPoints = keyPoints,
            KeyPhrases = keyPhrases,
            KeySentences = keySentences,
            Language = language,
            Engine = Info(options),
        };
    }

    // Sentences of the text, English run-on captions cut apart, furniture left out, book-length input cut to its opening.
    private static IReadOnlyList<Sentence> Segment(Article article, bool english)
    {
        var text = article.Text;
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(text);
        if (english)
        {
            sentences = RunOnCaptionSplitter.Split(text, sentences);
        }

        sentences = LongSentenceSplitter.Split(text, WithoutFurniture(text, sentences, AsideSpans.Of(article)));
        if (sentences.Count > MaxRankedSentences)
        {
            // Book-length input: rank the opening stretch only, which keeps time and memory bounded whatever the size.
            sentences = sentences.Take(MaxRankedSentences).ToList();
        }

        return sentences;
    }

    // Page furniture, metadata lines ("By Jane Doe", "Published 19 August 2025"), the page's apparatus (reference-list
    // entries, "Related:" pointers, "Pictured:" captions, and what the page's markup calls captions, credits and
    // references: <see cref="Article.Asides"/>) and headings are not sentences, and a date label run into the first
    // sentence ("date 2025-08-19 The possibility …") is not part of it. An article made only of headings keeps them, so it
    // still has something to summarise.
    private static IReadOnlyList<Sentence> WithoutFurniture(string text, IReadOnlyList<Sentence> sentences, AsideSpans asides)
    {
        var allHeadings = true;
        for (var i = 0; i < sentences.Count && allHeadings; i++)
        {
            allHeadings = IsHeading(text, sentences[i]);
        }

        List<Sentence>? kept = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var prefix = EdgeMetadata.PrefixLength(sentence.Text);
            var drop = NewsFurniture.IsFurniture(sentence.Text) || EdgeMetadata.IsMetadataLine(sentence.Text)
                || TextApparatus.IsApparatusLine(sentence.Text) || asides.Covers(sentence)
                || (!allHeadings && IsHeading(text, sentence));
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

    // A picture caption left in English text (PictureCaption says which unpunctuated sentences are and why not all of
    // them) is never a summary sentence, key point or key sentence. It still counts in the ranking: a caption says what
    // the article is about, so the sentences it echoes rank higher. A photo gallery, all captions, keeps them.
    private static int[] WithoutCaptions(int[] order, IReadOnlyList<Sentence> sentences)
    {
        var captions = 0;
        foreach (var i in order)
        {
            if (PictureCaption.IsCaption(sentences[i].Text)) captions++;
        }

        if (captions == 0 || captions == order.Length)
        {
            return order;
        }

        var kept = new int[order.Length - captions];
        var next = 0;
        foreach (var i in order)
        {
            if (!PictureCaption.IsCaption(sentences[i].Text)) kept[next++] = i;
        }

        return kept;
    }

    // A heading is a block of its own: short, without closing punctuation ("What happens next").
    private static bool IsHeading(string text, Sentence sentence)
    {
        var end = sentence.Start + sentence.Length;
        var ownBlock = (sentence.Start == 0 || text[sentence.Start - 1] == '\n') && (end == text.Length || text[end] == '\n');
        return ownBlock && PlainTextDecoder.IsHeadingLike(sentence.Text) && WordTokenizer.CountWords(sentence.Text) <= MaxHeadingWords;
    }

    private static EngineInfo Info(SummaryOptions options) =>
        new() { Name = EngineName, Version = EngineVersion, Options = options.Describe() };
}
