using Summarizer.Core.Ingestion;
using Summarizer.Core.Text;

namespace Summarizer.Core.Engines;

/// <summary>The embedded, offline engine: picks the article's most important sentences.</summary>
public sealed class ExtractiveSummarizer : ISummarizer
{
    public const string EngineName = "extractive";
    public const string EngineVersion = "0.1";

    public string Name => EngineName;

    public string Fingerprint(SummaryOptions options) => Info(options).Fingerprint;

    public Task<Summary> SummarizeAsync(Article article, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        options = (options ?? SummaryOptions.Default).Validate();
        var sentences = SentenceSplitter.Split(article.Text);
        if (sentences.Count == 0)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText, "The article has no sentences to summarise.");
        }

        var chosen = sentences.Take(options.Sentences ?? 3).ToList();
        return Task.FromResult(new Summary
        {
            Title = article.Title,
            Sentences = chosen.Select(s => s.Text).ToList(),
            KeyPoints = chosen.Select(s => s.Text).ToList(),
            KeyPhrases = [],
            KeySentences = chosen.Select(s => new KeySentence(s.Text, s.Start, s.Length, 1.0)).ToList(),
            Language = "und",
            Engine = Info(options),
        });
    }

    private static EngineInfo Info(SummaryOptions options) =>
        new() { Name = EngineName, Version = EngineVersion, Options = options.Describe() };
}
